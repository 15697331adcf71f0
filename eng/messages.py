#!/usr/bin/env python3
"""Edits a package's message catalogue: Messages.resx (zh-CN, the neutral culture) and Messages.en.resx (English).

  eng/messages.py add  src/AccountabilityKit.Checklists  Key  '中文 {arg}。'  'English {arg}.'   (replaces an existing key)
  eng/messages.py list src/AccountabilityKit.Checklists
  eng/messages.py init src/AccountabilityKit.Checklists   (creates both empty files)
Keys are C# identifiers (the build generates a `Messages` class, so call sites write nameof(Messages.Key)).
Entries are kept sorted by key so that merges of parallel work stay simple.
"""
import sys, os, re
from xml.sax.saxutils import escape

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
ENTRY = re.compile(r'  <data name="([^"]+)" xml:space="preserve"><value>(.*?)</value></data>\n', re.S)

def read(path):
    if not os.path.exists(path):
        return {}
    text = open(path, encoding='utf-8').read()
    return {m.group(1): m.group(2) for m in ENTRY.finditer(text)}

def write(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for key in sorted(entries):
            f.write(f'  <data name="{key}" xml:space="preserve"><value>{entries[key]}</value></data>\n')
        f.write('</root>\n')

def main():
    cmd, project = sys.argv[1], sys.argv[2]
    zh_path, en_path = os.path.join(project, 'Messages.resx'), os.path.join(project, 'Messages.en.resx')
    zh, en = read(zh_path), read(en_path)
    if cmd == 'init':
        write(zh_path, zh); write(en_path, en)
    elif cmd == 'add':
        key, zh_text, en_text = sys.argv[3], sys.argv[4], sys.argv[5]
        if not re.fullmatch(r'[A-Z][A-Za-z0-9_]*', key):
            sys.exit(f'key {key!r} is not a C# identifier starting with a capital letter')
        zh[key] = escape(zh_text); en[key] = escape(en_text)
        write(zh_path, zh); write(en_path, en)
    elif cmd == 'list':
        for key in sorted(zh):
            print(f'{key}\n  zh: {zh[key]}\n  en: {en.get(key, "(missing)")}')
    else:
        sys.exit(__doc__)

if __name__ == '__main__':
    main()
