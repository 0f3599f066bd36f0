#pragma once

class KeysetListModel;

// Pages a keyset model to its end, waiting for each page; false when a page did not arrive.
bool fetchAll(KeysetListModel &model);
