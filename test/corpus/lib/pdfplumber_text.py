"""pdfplumber's default page.extract_text() (x_tolerance=3, y_tolerance=3) over pdfminer.six's characters.

pdfplumber is built on pdfminer.six and is not packaged in Debian; this is its default text layout: each page's
characters clustered into lines by their top (a character within 3 pt of the line's last one joins it), each
line's characters in x order with one space where the gap to the previous one exceeds 3 pt; pages joined by a
newline, as pipelines join `page.extract_text()` over a document. No form feeds, no column positions.
"""
import sys
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTContainer

TOLERANCE = 3


def chars(item):
    if isinstance(item, LTChar):
        yield item
    elif isinstance(item, LTContainer):
        for child in item:
            yield from chars(child)


def page_text(page):
    height = page.height
    found = sorted((c for c in chars(page) if c.get_text().strip()), key=lambda c: height - c.y1)
    lines = []
    for c in found:
        top = height - c.y1
        if lines and top - lines[-1][0] <= TOLERANCE:
            lines[-1][0] = top
            lines[-1][1].append(c)
        else:
            lines.append([top, [c]])
    out = []
    for _, line in lines:
        line.sort(key=lambda c: c.x0)
        text, prev = '', None
        for c in line:
            if prev is not None and c.x0 > prev.x1 + TOLERANCE:
                text += ' '
            text += c.get_text()
            prev = c
        out.append(text)
    return '\n'.join(out)


sys.stdout.write('\n'.join(page_text(p) for p in extract_pages(sys.argv[1], laparams=None)))
