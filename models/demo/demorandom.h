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

    // A random (version 4) UUID.
    QByteArray uuid()
    {
        const quint64 high = (next() & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
        return format(high, next());
    }

    // A version 7 UUID whose leading 48 bits are `orderKey` (a time in ms in real v7): rows inserted
    // in key order append to their b-tree indexes instead of splitting pages all over them.
    QByteArray orderedUuid(quint64 orderKey)
    {
        const quint64 high = (orderKey << 16) | 0x7000ULL | (next() & 0x0FFFULL);
        return format(high, next());
    }

private:
    static QByteArray format(quint64 high, quint64 low)
    {
        low = (low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
        static constexpr char digits[] = "0123456789abcdef";
        QByteArray text(36, '-');
        int at = 0;
        const auto put = [&](quint64 value, int nibbles) {
            for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4) {
                if (at == 8 || at == 13 || at == 18 || at == 23)
                    ++at;
                text[at++] = digits[(value >> shift) & 0xF];
            }
        };
        put(high, 16);
        put(low, 16);
        return text;
    }

    quint64 m_state;
};
