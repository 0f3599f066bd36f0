import QtQuick

// Rows that take a new list's values in place: a row's delegate stays and only what it shows
// changes, rather than every row being made again for each child or agent chosen.
ListModel {
    // rowOf(value) gives a row's roles, the same ones for every row. `values` is an array or a
    // list from C++ (a QStringList is a sequence, not an Array); anything else shows no rows.
    function show(values: var, rowOf: var) {
        const given = typeof values === "object" && typeof values?.length === "number" ? values : []
        for (let i = 0; i < given.length; ++i) {
            const row = rowOf(given[i])
            if (i < count)
                set(i, row)
            else
                append(row)
        }
        if (count > given.length)
            remove(given.length, count - given.length)
    }
}
