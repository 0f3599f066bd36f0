#include "fetchall.h"

#include "keysetlistmodel.h"

#include <QTest>

bool fetchAll(KeysetListModel &model)
{
    while (model.canFetchMore({}) || model.loading()) {
        model.fetchMore({});
        if (!QTest::qWaitFor([&model] { return !model.loading(); }, 5000))
            return false;
    }
    // An empty list from a failed query is no proof that nothing is visible.
    return model.errorString().isEmpty();
}
