#!/usr/bin/env python3
"""Fails on a Repeater that is a direct child of a Qt Quick Layout. On Qt 6.4 a layout keeps the
items a Repeater destroys while it lays them out (a model that changes during a layout pass), and
reads them after they are freed: QQuickLayout::effectiveSizePolicy_helper crashes. The Repeater
goes inside a Column, Row or Flow positioner in the layout's cell instead.
Usage: check_repeaters.py UI_FOLDER"""
import glob
import os
import re
import sys

opening = re.compile(r'^\s*(?:[\w.]+\s*:\s*)?([A-Z][\w.]*)\s*\{')
offenders = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], '**', '*.qml'), recursive=True)):
    stack = []
    with open(path, encoding='utf-8') as qml:
        for number, line in enumerate(qml, 1):
            code = line.split('//', 1)[0]
            match = opening.match(code)
            if match:
                kind = match.group(1)
                if kind == 'Repeater' and stack and stack[-1].endswith('Layout') and stack[-1] != 'StackLayout':
                    offenders.append(f'{os.path.relpath(path, sys.argv[1])}:{number}: a Repeater directly in a {stack[-1]}')
                stack.append(kind)
                code = code[match.end():]
            for char in code:
                if char == '{':
                    stack.append('{')
                elif char == '}' and stack:
                    stack.pop()
for offender in offenders:
    print(offender)
sys.exit(1 if offenders else 0)
