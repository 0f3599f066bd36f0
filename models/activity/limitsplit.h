#pragma once

#include <QList>

// Minutes talked per day against the routine's daily limit, split as the charts and reports draw
// them: a day over the limit is over whole (a sliver of red on a bar ending at the line could not
// be seen), and says by how much.
struct LimitSplit {
    // Minutes; -1 when the routine sets no limit (then every day is within it).
    int limit = -1;
    QList<qreal> minutes;
    QList<qreal> withinLimit;
    QList<qreal> overLimit;
    QList<qreal> overBy;
    int daysOver = 0;

    void append(double dayMinutes);
};
