#!/usr/bin/env python3
"""Fails when a translation is missing, unfinished or left over.

The .ts files are the source of the translations (edited in Qt Linguist or a translation service).
This runs lupdate over Nido's sources into copies of them, keeping entries whose strings are gone,
so that a string added without its Spanish, a translation still marked unfinished, or one whose
source vanished all fail; and checks that each Spanish text keeps the placeholders of its source.
It also fails on a QML text, title, label or accessible name given as a literal with words in it:
such a string never reaches the translator.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, root = sys.argv[1], Path(sys.argv[2])
sources = sorted(str(p) for p in list((root / "ui").rglob("*.qml")) + list((root / "models").rglob("*.cpp")) + list((root / "app").glob("*.cpp")))
problems = []
with tempfile.TemporaryDirectory() as temp:
    copies = []
    for name in ("nido_es.ts", "nido_en.ts"):
        copy = Path(temp) / name
        shutil.copy(root / "translations" / name, copy)
        copies.append(copy)
    run = subprocess.run([lupdate, "-locations", "none", *sources, "-ts", *map(str, copies)], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("lupdate failed: " + run.stderr)
    for copy in copies:
        spanish = copy.name == "nido_es.ts"
        for context in ET.parse(copy).getroot().iter("context"):
            where = context.find("name").text
            for message in context.iter("message"):
                source = message.find("source").text or ""
                translation = message.find("translation")
                state = translation.get("type")
                if state in ("vanished", "obsolete"):
                    problems.append(f"{copy.name}: {where}: no longer in the code: {source!r}")
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes":
                    if state == "unfinished" or len(forms) != 2 or not all(forms):
                        problems.append(f"{copy.name}: {where}: plural forms missing: {source!r}")
                elif spanish:
                    if state == "unfinished" or not translation.text:
                        problems.append(f"{copy.name}: {where}: not translated: {source!r}")
                        continue
                    wanted = sorted(set(re.findall(r"%\d", source)))
                    got = sorted(set(re.findall(r"%\d", translation.text)))
                    if wanted != got:
                        problems.append(f"{copy.name}: {where}: placeholders {wanted} became {got}: {source!r}")

shown = re.compile(r'^\s*(?:text|title|placeholderText|Accessible\.name|Accessible\.description|ToolTip\.text|label|titleText|name|displayText)\s*:\s*(.*)$')
translated = re.compile(r'qsTr\(\s*"(?:[^"\\]|\\.)*"')
compared = re.compile(r'(?:===|!==|==|!=)\s*"(?:[^"\\]|\\.)*"|"(?:[^"\\]|\\.)*"\s*(?:===|!==|==|!=)')
# A literal shown as it is: the whole value, or an operand of +, ?: or ||; not a key, an argument or a format.
literal = re.compile(r'(?:^|[+?:]|\|\|)\s*"((?:[^"\\]|\\.)*)"')
for path in sorted((root / "ui").rglob("*.qml")):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = shown.match(line)
        if not match:
            continue
        for text in literal.findall(compared.sub("", translated.sub("", match.group(1)))):
            if re.search(r"[A-Za-z]{2,}", text):
                problems.append(f"{path.relative_to(root)}:{number}: shown without qsTr(): {text!r}")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
