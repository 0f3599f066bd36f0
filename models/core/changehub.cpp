#include "changehub.h"

ChangeHub *ChangeHub::instance()
{
    static ChangeHub hub;
    return &hub;
}
