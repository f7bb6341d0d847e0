#!/usr/bin/env python3
"""Fill empty translations in a .ts file from another .ts file, matched by
source text (contexts differ when lupdate files the same message elsewhere).

    merge_by_source.py TARGET.ts DONOR.ts [DONOR.ts ...]

Only unfinished, empty messages of TARGET are filled; existing translations
are kept. Writes TARGET in place and prints how many were filled."""
import re
import sys
import xml.etree.ElementTree as ET


def translations(path):
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        t = message.find("translation")
        if source is None or t is None or t.get("type") in ("obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in t.findall("numerusform")]
            if any(forms):
                found.setdefault(("n", source), forms)
        elif t.text:
            found.setdefault(("s", source), t.text)
    return found


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def main():
    target, donors = sys.argv[1], sys.argv[2:]
    known = {}
    for d in donors:
        for k, v in translations(d).items():
            known.setdefault(k, v)
    text = open(target, encoding="utf-8").read()
    filled = 0

    def fill(match):
        nonlocal filled
        block = match.group(0)
        src = re.search(r"<source>(.*?)</source>", block, re.S)
        if not src:
            return block
        source = ET.fromstring("<s>" + src.group(1) + "</s>").text or ""
        if 'numerus="yes"' in block:
            forms = known.get(("n", source))
            if forms and re.search(r'<translation type="unfinished">\s*(<numerusform></numerusform>\s*)+</translation>', block):
                filled += 1
                inner = "".join("\n            <numerusform>%s</numerusform>" % escape(f) for f in forms)
                return re.sub(r'<translation type="unfinished">.*?</translation>',
                              "<translation>%s\n        </translation>" % inner, block, flags=re.S)
            return block
        value = known.get(("s", source))
        if value and re.search(r'<translation type="unfinished"></translation>', block):
            filled += 1
            return block.replace('<translation type="unfinished"></translation>',
                                 "<translation>%s</translation>" % escape(value))
        return block

    text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
    open(target, "w", encoding="utf-8").write(text)
    print("%s: filled %d" % (target, filled))


if __name__ == "__main__":
    main()
