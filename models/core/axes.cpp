#include "axes.h"

#include <cmath>

double Axes::step(double highest, int ticks, bool whole)
{
    const double raw = std::max(highest, whole ? 1.0 : 1e-6) / std::max(1, ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double nice = 10 * power;
    for (const double multiple : {1.0, 2.0, 5.0, 10.0}) {
        if (multiple * power >= raw - 1e-9) {
            nice = multiple * power;
            break;
        }
    }
    return whole ? std::max(1.0, std::round(nice)) : nice;
}

double Axes::top(double highest, double interval, double floor)
{
    return std::max(floor + interval, std::ceil(highest / interval - 1e-9) * interval);
}

double Axes::bottom(double lowest, double interval)
{
    return std::min(0.0, std::floor(lowest / interval + 1e-9) * interval);
}
