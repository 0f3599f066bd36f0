#include "logging.h"

Q_LOGGING_CATEGORY(lcDatabase, "nido.database")
Q_LOGGING_CATEGORY(lcServer, "nido.server")
Q_LOGGING_CATEGORY(lcDemoData, "nido.demodata")
Q_LOGGING_CATEGORY(lcStartup, "nido.startup", QtWarningMsg)
