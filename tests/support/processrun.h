#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A program the tests run to its end: nido's commands, psql, pdftotext.
struct ProcessRun {
    int exitCode = -1; // -1 when it crashed or did not end in time
    QString out;
    QString err;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 180000);
