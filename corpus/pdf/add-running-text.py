#!/usr/bin/env python3
"""Writes a copy of a corpus .docx with a running header and a page-number footer, as units' reports carry them:

    add-running-text.py IN.docx OUT.docx "HEADER TEXT"

The header repeats the given text on every page; the footer prints "- N -" from a PAGE field, centred. Only the
standard library is used.
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def part(kind, body):
    return f'<?xml version="1.0" encoding="utf-8"?><w:{kind} {W}>{body}</w:{kind}>'


def centred(runs):
    return f'<w:p><w:pPr><w:jc w:val="center"/><w:ind w:firstLine="0"/></w:pPr>{runs}</w:p>'


def main(source, target, header_text):
    header = part("hdr", centred(f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>{header_text}</w:t></w:r>'))
    page = ('<w:r><w:t xml:space="preserve">- </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> -</w:t></w:r>')
    footer = part("ftr", centred(page))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    f'<Override PartName="/word/header1.xml" ContentType="{CT}.header+xml" />'
                    f'<Override PartName="/word/footer1.xml" ContentType="{CT}.footer+xml" /></Types>').encode())
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", (
                    f'<Relationship Type="{REL}/header" Target="/word/header1.xml" Id="rIdRunningHeader" />'
                    f'<Relationship Type="{REL}/footer" Target="/word/footer1.xml" Id="rIdRunningFooter" />'
                    '</Relationships>').encode())
            elif item.filename == "word/document.xml":
                text = data.decode("utf-8")
                if 'xmlns:r="' not in text.split(">", 2)[1]:
                    text = text.replace("<w:document ", f'<w:document xmlns:r="{REL}" ', 1)
                text = text.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rIdRunningHeader"/>'
                                    '<w:footerReference w:type="default" r:id="rIdRunningFooter"/>', 1)
                data = text.encode("utf-8")
            zout.writestr(item, data)
        zout.writestr("word/header1.xml", header)
        zout.writestr("word/footer1.xml", footer)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
