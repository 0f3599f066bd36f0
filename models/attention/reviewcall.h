#pragma once

#include "dberror.h"
#include "sqlstatement.h"

#include <functional>

class QObject;

// What a caregiver records of their own attention (a memory kept, a line found fine, a category
// marked sensitive): one call of a server function, never run twice, after which every view of the
// child's attention reads again (ChangeHub::attentionChanged).
class ReviewCall
{
public:
    // Runs `call` on the database worker; `done` gets its failure (none when it succeeded) on the
    // GUI thread, unless `context` is gone.
    static void run(QObject *context, const QString &childId, const SqlStatement &call, std::function<void(const DbError &)> done);
};
