#include "limitsplit.h"

void LimitSplit::append(double dayMinutes)
{
    const bool over = limit >= 0 && dayMinutes > limit;
    minutes << dayMinutes;
    withinLimit << (over ? 0.0 : dayMinutes);
    overLimit << (over ? dayMinutes : 0.0);
    overBy << (over ? dayMinutes - limit : 0.0);
    if (over)
        ++daysOver;
}
