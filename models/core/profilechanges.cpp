#include "profilechanges.h"

ProfileChanges *ProfileChanges::instance()
{
    static ProfileChanges changes;
    return &changes;
}
