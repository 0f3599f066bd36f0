#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcDemoData)
// "first frame shown": what the benchmark times a cold start by (QT_LOGGING_RULES=nido.startup.info=true).
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
