#pragma once

#include <QString>

// The seed's size table (`nido demo-data --scale seed`: 1,000 children, 150,000 memories,
// 500,000 messages, 2,000,000 heartbeats) plus one heavy child: 20,000 memories and a session
// with 50,000 heartbeats. The heavy child is the first the child switcher lists.
struct SeedScale {
    QString heavyChildId;
    QString heavySessionId;
    // How long `nido demo-data --scale seed` took.
    double demoDataSeconds = 0;

    // Creates `database` afresh on the test cluster and fills it: Nido's own schema, or a backend's
    // made from `fixture` (tests/support/fixtures) and migrated.
    bool build(const QString &database, QString *error, const QString &fixture = {});
    // A database an earlier build() made, as it is.
    bool reuse(const QString &database, QString *error);
};
