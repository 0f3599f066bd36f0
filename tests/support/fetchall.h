#pragma once

class KeysetListModel;

// Pages a keyset model to its end, waiting for each page; false when a page did not arrive or its
// query failed.
bool fetchAll(KeysetListModel &model);
