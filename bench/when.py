"""Dates on real news: the "when" phrases of the Giveme5W1H gold set against ``extract_times``.

TBAQ is 1990s wire text; Giveme5W1H is 2016-2017 web news from many outlets, flattened as users paste
it (captions, "Subscribe", photo credits glued in). Each article has its publication stamp and one or
more annotated "when" phrases with the day they name (``parsed``). Measured:

* *found*: the share of gold phrases (those with a text that occurs in the article) overlapped by a
  predicted time at some occurrence of the phrase (the first such occurrence is the one judged);
* *value*: the share whose predicted value names the gold day (a TIME is cut to its day);
* *value or containing*: also counting a coarser value that contains the gold day ("2016" for a
  phrase "2016" that the annotator dated 2016-11-08, "2016-W45" for "this week").

The folder holds 96 articles with 112 "when" phrases; 87 of them have a text found in the article.

The gold ``parsed`` is a day for every phrase, often the publication day whatever the phrase says
("Wednesday" dated on the Saturday it was published): the value share is a floor. The shares are
given again on the gold days that agree with the weekday or month and day their own phrase names.
The split is fixed: the first 50 files sorted by name (``dev``) are read and tuned on, the remaining
ones (``test``) are only scored, never listed.

    .venv/bin/python bench/when.py --half dev
    .venv/bin/python bench/when.py --half test
    .venv/bin/python bench/when.py --half dev --show      # misses, disagreements, every predicted time
                                                          # (marked "ahead"/"far" where worth a second look)
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from spacy.tokens import Doc, DocBin

from parallax.analyze.nlp import load
from parallax.analyze.times import extract_times
from parallax.model import TimeExpr

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "giveme5w1h-gold"
DEV_FILES = 50


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    published: str | None
    when: list[tuple[str, str | None]]  # (phrase, gold day)


def read(split: str) -> list[Article]:
    files = sorted(DATA.glob("*.json"))
    files = {"dev": files[:DEV_FILES], "test": files[DEV_FILES:], "all": files}[split]
    out = []
    for path in files:
        raw = json.loads(path.read_text())
        when = [((a.get("text") or "").strip(), a.get("parsed"))
                for a in raw["fiveWoneH"]["when"].get("annotated", [])]
        out.append(Article(path.stem[:10], raw["text"], raw.get("date_publish"), [w for w in when if w[0]]))
    return out


def parse(articles: list[Article], cache: Path | None) -> list[Doc]:
    nlp = load()
    path = cache / f"when-{len(articles)}-{articles[0].name}.spacy" if cache else None
    if path and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(a.text for a in articles))
    if path:
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def span(value: str | None) -> tuple[date, date] | None:
    """The first and last day a DATE/TIME value covers, or None for durations and vague values."""
    value = value or ""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (monday, monday + timedelta(6))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        first = date(int(m[1]), int(m[2]), 1)
        return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def contradicts(phrase: str, gold: str | None) -> bool:
    """Whether the gold day is not the weekday or the month and day its own phrase names ("Wednesday"
    dated on a Saturday, "Nov 6" dated the 7th): an annotation slip no system should be scored on."""
    if not gold:
        return True
    day = date.fromisoformat(gold[:10])
    words = phrase.lower()
    named = [i for i, name in enumerate(_WEEKDAYS) if re.search(rf"\b{name}\b", words)]
    if named and day.weekday() not in named:
        return True
    stated = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b", words)
    return bool(stated and (day.month, day.day) != (_MONTHS.index(stated[1]) + 1, int(stated[2])))


@dataclass(frozen=True, slots=True)
class Judged:
    phrase: str
    gold: str | None
    hit: TimeExpr | None
    exact: bool
    contains: bool


def judge(article: Article, times: list[TimeExpr]) -> list[Judged]:
    out = []
    for phrase, gold in article.when:
        starts = [m.start() for m in re.finditer(re.escape(phrase), article.text)]
        if not starts:
            continue
        hit = next((t for s in starts for t in times if t.start < s + len(phrase) and s < t.end), None)
        covered = span(hit.value) if hit else None
        day = date.fromisoformat(gold[:10]) if gold else None
        exact = bool(covered and day and covered[0] == covered[1] == day)
        contains = bool(covered and day and covered[0] <= day <= covered[1])
        out.append(Judged(phrase, gold, hit, exact, contains))
    return out


_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:next|coming|this)\b", re.IGNORECASE)
_DAY_OR_MONTH = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                           r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def doubtful(t: TimeExpr) -> str:
    """Why an analyst should look twice at a predicted time: a weekday or a month named without its year
    (or "next") that lands after the writing date (news mostly reports) or more than a year from it."""
    covered, anchor = span(t.value), date.fromisoformat(t.anchor) if t.anchor else None
    if not covered or not anchor or _YEAR.search(t.text) or not _DAY_OR_MONTH.search(t.text):
        return ""
    if covered[0] > anchor:
        return "ahead"
    return "far" if (anchor - covered[1]).days > 366 else ""


def show(article: Article, judged: list[Judged], times: list[TimeExpr]) -> None:
    print(f"== {article.name} published {article.published}")
    for j in judged:
        if not j.exact:
            got = f"{j.hit.text!r} -> {j.hit.value}" if j.hit else "MISSED"
            print(f"  gold {j.phrase!r} = {j.gold}: {got}")
    for t in times:
        left = article.text[max(0, t.start - 40):t.start].replace("\n", " ")
        right = article.text[t.end:t.end + 30].replace("\n", " ")
        print(f"  {doubtful(t):>5} {t.value or '-':>12} {t.type:<8} ...{left}[{t.text}]{right}...")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--show", action="store_true", help="list misses, disagreements and every predicted time")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the spaCy parses (DocBin) here; delete them when the pipeline changes")
    args = parser.parse_args()
    if args.show and args.half != "dev":
        parser.error("only the dev half is listed")
    articles = read(args.half)
    docs = parse(articles, args.cache)
    judged_all: list[Judged] = []
    for article, doc in zip(articles, docs, strict=True):
        times = extract_times(doc, article.published)
        judged = judge(article, times)
        judged_all += judged
        if args.show:
            show(article, judged, times)
    total = len(judged_all)
    found = sum(j.hit is not None for j in judged_all)
    exact = sum(j.exact for j in judged_all)
    contains = sum(j.contains for j in judged_all)
    print(f"half={args.half} articles={len(articles)} gold phrases in text={total}  found={found / total:.3f} "
          f"value={exact / total:.3f} value-or-containing={contains / total:.3f}")
    sound = [j for j in judged_all if not contradicts(j.phrase, j.gold)]
    print(f"  on the {len(sound)} whose gold day agrees with its own phrase: "
          f"value={sum(j.exact for j in sound) / len(sound):.3f} "
          f"value-or-containing={sum(j.contains for j in sound) / len(sound):.3f}")


if __name__ == "__main__":
    main()
