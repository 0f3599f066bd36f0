#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

// splitmix64: tiny, fast and identical on every platform, unlike std's distributions, so the same
// seed always yields the same demo family.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Inclusive bounds.
    int range(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double probability) { return uniform() < probability; }

    template<typename T>
    const T &pick(const QList<T> &items) { return items.at(range(0, int(items.size()) - 1)); }

    QByteArray uuid()
    {
        quint64 high = next();
        quint64 low = next();
        high = (high & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
        low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        const QByteArray hex = QByteArray::number(high, 16).rightJustified(16, '0')
            + QByteArray::number(low, 16).rightJustified(16, '0');
        return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' + hex.mid(20);
    }

private:
    quint64 m_state;
};
