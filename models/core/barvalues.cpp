#include "barvalues.h"

namespace {

// QtCharts lays out every bar of the chart again for each value replaced, and makes the bars
// again once for a set emptied and once for a set filled: past a few values, the second is less.
constexpr int mostReplaced = 2;

} // namespace

void BarValues::show(QBarSet *set, const QList<qreal> &values)
{
    if (!set)
        return;
    QList<int> changed;
    if (set->count() == values.size()) {
        for (int i = 0; i < values.size() && changed.size() <= mostReplaced; ++i) {
            if (set->at(i) != values.at(i))
                changed << i;
        }
    }
    if (set->count() == values.size() && changed.size() <= mostReplaced) {
        for (int i : std::as_const(changed))
            set->replace(i, values.at(i));
        return;
    }
    // Not QML's `values`, which takes the bars away one at a time, each a layout of them all.
    if (set->count() > 0)
        set->remove(0, set->count());
    if (!values.isEmpty())
        set->append(values);
}
