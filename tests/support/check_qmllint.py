#!/usr/bin/env python3
"""Runs qmllint over the window's QML as the build's nidoui_qmllint target does, and fails on any
warning that the baseline does not list. Warnings are compared by file and message, without line
numbers, so that moving code does not count as new.

Most of the baseline is what Qt 6.4's qmllint cannot know (QtCharts' ValueAxis is missing from its
type information, JavaScript array methods on typed lists); fixing a listed one only lowers the
count. Usage: check_qmllint.py QMLLINT BUILD_DIR SOURCE_DIR QT_QML_DIR [--update]"""
import collections
import glob
import os
import re
import subprocess
import sys

qmllint = sys.argv[1]
build, source, qt_qml = (os.path.abspath(path) for path in sys.argv[2:5])
update = '--update' in sys.argv[5:]
baseline_path = os.path.join(source, 'tests', 'support', 'qmllint-baseline.txt')

files = sorted(glob.glob(os.path.join(source, 'ui', '**', '*.qml'), recursive=True))
command = [qmllint, '--bare', '-I', os.path.join(build, 'qml'), '-I', qt_qml]
for qrc in sorted(glob.glob(os.path.join(build, 'ui', '.rcc', '*.qrc'))):
    command += ['--resource', qrc]
run = subprocess.run(command + files, cwd=os.path.join(source, 'ui'), capture_output=True, text=True)
output = run.stdout + run.stderr

found = collections.Counter()
for line in output.splitlines():
    match = re.match(r'Warning: (\S+?\.qml)(?::\d+:\d+)?: (.*)', line)
    if match:
        found[os.path.relpath(match.group(1), source) + ': ' + match.group(2).strip()] += 1
if not found and run.returncode != 0:
    sys.exit('qmllint failed without warnings:\n' + output)

if update:
    with open(baseline_path, 'w', encoding='utf-8') as out:
        for key in sorted(found):
            out.write(f'{found[key]}\t{key}\n')
    print(f'{sum(found.values())} warnings written to the baseline')
    sys.exit(0)

baseline = collections.Counter()
with open(baseline_path, encoding='utf-8') as listed:
    for line in listed:
        count, key = line.rstrip('\n').split('\t', 1)
        baseline[key] = int(count)
new = {key: count - baseline[key] for key, count in found.items() if count > baseline[key]}
print(f'qmllint: {sum(found.values())} warnings, {sum(baseline.values())} in the baseline')
if new:
    print('New warnings (fix them; the full output follows):')
    for key, count in sorted(new.items()):
        print(f'  {count} × {key}')
    print(output)
    sys.exit(1)
