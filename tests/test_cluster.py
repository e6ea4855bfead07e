"""Stories: same-event articles grouped incrementally, with stable ids and user corrections."""

from __future__ import annotations

import json
import pickle
from datetime import datetime

import numpy as np
import pytest

from parallax.model import Article
from parallax.stories.cluster import Correction, StoryIndex
from parallax.stories.score import Params, article_vector, article_vectors

QUAKE = [
    (
        "Earthquake flattens homes in Valdoria",
        "A magnitude 6.1 earthquake struck the mountain town of Valdoria before dawn on Tuesday, destroying "
        "at least 40 homes and damaging the bridge on the only road into the valley. Rescue teams pulled "
        "eleven survivors from the rubble, mayor Ilse Brandt said.",
        ["Valdoria", "Ilse Brandt"],
    ),
    (
        "Valdoria quake: eleven rescued, bridge damaged",
        "Rescuers freed eleven people from collapsed buildings in Valdoria after Tuesday's 6.1-magnitude "
        "quake. Mayor Ilse Brandt opened emergency shelters in two schools; about 40 houses were destroyed "
        "and the valley road is cut because the bridge was damaged.",
        ["Valdoria", "Ilse Brandt"],
    ),
    (
        "Army engineers head to quake-hit Valdoria",
        "Army engineers were on their way to Valdoria on Tuesday to repair the bridge damaged by the "
        "magnitude 6.1 earthquake that destroyed 40 homes. Seismologists warned of aftershocks, and the "
        "regional hospital said it had treated 63 injured people after the quake.",
        ["Valdoria"],
    ),
]

FINAL = [
    (
        "Port Aleron win the Coastal Cup final on penalties",
        "Port Aleron beat Brennick Rovers 4-3 on penalties to win the Coastal Cup final on Saturday after a "
        "2-2 draw. Goalkeeper Tomas Reyna saved two spot kicks in front of 38,000 fans at the Harbour "
        "Stadium.",
        ["Port Aleron", "Brennick Rovers", "Tomas Reyna", "Harbour Stadium"],
    ),
    (
        "Reyna the hero as Port Aleron lift Coastal Cup",
        "Tomas Reyna saved twice in the shoot-out as Port Aleron won the Coastal Cup, beating Brennick "
        "Rovers 4-3 on penalties after the final ended 2-2. A crowd of 38,000 watched at the Harbour Stadium "
        "on Saturday.",
        ["Tomas Reyna", "Port Aleron", "Brennick Rovers", "Harbour Stadium"],
    ),
    (
        "Brennick Rovers manager proud despite cup final defeat",
        "Brennick Rovers manager Ada Kowal said her players had nothing to regret after losing Saturday's "
        "Coastal Cup final to Port Aleron on penalties. Port Aleron goalkeeper Tomas Reyna saved two kicks "
        "after the 2-2 draw.",
        ["Brennick Rovers", "Ada Kowal", "Port Aleron", "Tomas Reyna"],
    ),
]

UNRELATED = (
    "A new study of honeybee colonies finds that mild winters let varroa mites breed for longer, "
    "weakening hives before spring. Researchers tracked 120 apiaries over five years and recommend "
    "treating colonies earlier in autumn."
)


def make(prefix: str, items: list[tuple[str, str, list[str]]]) -> list[tuple[Article, list[str]]]:
    return [
        (Article(id=f"{prefix}{i}", source="test", title=title, text=text), actors)
        for i, (title, text, actors) in enumerate(items)
    ]


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Article, list[str], np.ndarray]]:
    """The two invented events, interleaved, with their vectors (embedded once for the module)."""
    quake, final = make("q", QUAKE), make("f", FINAL)
    items = [x for pair in zip(quake, final, strict=True) for x in pair]
    vectors = article_vectors([a for a, _ in items])
    return [(a, actors, v) for (a, actors), v in zip(items, vectors, strict=True)]


def build(corpus) -> StoryIndex:
    index = StoryIndex()
    for article, actors, vector in corpus:
        index.assign(article, vector, actors)
    return index


def test_two_events_form_two_stories(corpus) -> None:
    stories = build(corpus).stories()
    assert sorted(sorted(ids) for ids in stories.values()) == [["f0", "f1", "f2"], ["q0", "q1", "q2"]]
    assert set(stories) == {"s-q0", "s-f0"}


def test_incremental_add_keeps_existing_ids(corpus) -> None:
    index = build(corpus[:4])
    before = index.stories()
    for article, actors, vector in corpus[4:]:
        index.assign(article, vector, actors)
    after = index.stories()
    for story, ids in before.items():
        assert after[story][: len(ids)] == ids
    unrelated = Article(id="bees", source="test", text=UNRELATED)
    assert index.assign(unrelated, article_vector(unrelated)) == "s-bees"
    assert index.assign(corpus[0][0], corpus[0][2], corpus[0][1]) == "s-q0"  # already indexed: same answer


def test_copy_joins_its_original_story(corpus) -> None:
    index = build(corpus)
    copy = Article(id="copy", source="test", text=UNRELATED, duplicate_of="f1")
    assert index.assign(copy, article_vector(copy)) == "s-f0"
    records = {story.id: story for story in index.story_records()}
    assert records["s-f0"].copies == {"copy": "f1"}
    assert records["s-q0"].copies == {}


def test_dates_far_apart_keep_similar_articles_apart(corpus) -> None:
    article, actors, vector = corpus[0]
    index = StoryIndex()
    index.assign(article, vector, actors, when=datetime(2024, 1, 1))
    later = Article(id="later", source="test", title=article.title, text=article.text + " One year on.")
    assert index.assign(later, vector, actors, when=datetime(2025, 1, 1)) == "s-later"
    undated = Article(id="undated", source="test", text=article.text)
    assert index.assign(undated, vector, actors) == "s-q0"


def test_merge_split_move(corpus) -> None:
    index = build(corpus)
    assert index.merge("s-q0", "s-f0") == "s-q0"
    assert index.stories() == {"s-q0": ["q0", "f0", "q1", "f1", "q2", "f2"]}
    new = index.split("s-q0", ["f2", "f0", "f1"])
    assert new == "s-f0"
    assert index.stories() == {"s-q0": ["q0", "q1", "q2"], "s-f0": ["f0", "f1", "f2"]}
    assert index.move("q2", "s-f0") == "s-f0"
    assert index.story_of("q2") == "s-f0"
    # Splitting off a story's first article cannot take the id the rest keeps.
    other = index.split("s-q0", ["q0"])
    assert other != "s-q0" and index.stories()["s-q0"] == ["q1"]


def test_corrections_reapply_after_rebuild_and_new_articles(corpus) -> None:
    index = build(corpus[:4])
    index.move("q1", "s-f0")
    index.split("s-q0", ["q0"])
    log = list(index.corrections)
    corrected = index.stories()
    # Re-applying to the corrected index changes nothing.
    assert index.replay(log) == []
    assert index.stories() == corrected
    # A rebuild from scratch with more articles, corrections replayed: the same corrected stories,
    # and the new articles still join by score.
    rebuilt = build(corpus)
    assert rebuilt.replay(log) == []
    stories = rebuilt.stories()
    assert rebuilt.story_of("q1") == rebuilt.story_of("f0")
    for story, ids in corrected.items():
        assert set(ids) <= set(stories[story])
    # A correction naming an article not yet indexed waits.
    assert rebuilt.replay([Correction("move", ("nope", "q0"))]) == [Correction("move", ("nope", "q0"))]


def test_state_round_trip(corpus) -> None:
    index = build(corpus[:4])
    index.merge("s-q0", "s-f0")
    state = index.to_state()
    json.dumps({k: v for k, v in state.items() if not isinstance(v, np.ndarray)})
    restored = StoryIndex.from_state(pickle.loads(pickle.dumps(state)))
    assert restored.stories() == index.stories()
    assert restored.corrections == index.corrections
    for article, actors, vector in corpus[4:]:
        assert restored.assign(article, vector, actors) == index.assign(article, vector, actors)
    assert restored.stories() == index.stories()


def test_seed_articles_share_a_story_and_unrelated_text_does_not(shared) -> None:
    gold = json.loads((shared / "gold/seeds.json").read_text(encoding="utf-8"))
    articles = []
    for name, answer in gold["articles"].items():
        raw = (shared / "seeds" / name).read_text(encoding="utf-8")
        start = raw.index(answer["body_starts_with"])
        end = raw.index(answer["body_ends_with"]) + len(answer["body_ends_with"])
        articles.append(Article(id=name, source=name, text=raw[start:end]))
    articles.append(Article(id="bees", source="test", text=UNRELATED))
    index = StoryIndex()
    for article, vector in zip(articles, article_vectors(articles), strict=True):
        index.assign(article, vector)
    stories = index.stories()
    assert sorted(stories.values(), key=len) == [["bees"], [a.id for a in articles[:2]]]


def test_an_actor_most_articles_name_does_not_pull_an_article_in() -> None:
    """Sharing a rare name joins a story; sharing only a name every article has does not."""
    dim = 64
    rng = np.random.default_rng(5)
    index = StoryIndex(dim=dim)
    for i in range(400):  # unrelated articles that all name the same country
        vector = rng.standard_normal(dim)
        vector[:3] = 0.0
        index.assign(Article(id=f"bg{i}", source="test", text=""), vector, ["Atlantis", f"Person {i}"])
    axis = np.eye(dim, dtype=np.float32)
    first = Article(id="first", source="test", text="")
    assert index.assign(first, axis[0], ["Atlantis", "Mara Quill"]) == "s-first"
    common_only = Article(id="common", source="test", text="")
    assert index.assign(common_only, 0.7 * axis[0] + 0.714 * axis[1], ["Atlantis", "Oren Vale"]) == "s-common"
    rare_shared = Article(id="rare", source="test", text="")
    assert index.assign(rare_shared, 0.7 * axis[0] + 0.714 * axis[2], ["Atlantis", "Mara Quill"]) == "s-first"


def _tied_by_a_later_article() -> tuple[StoryIndex, list[Article], list[np.ndarray], list[list[str]]]:
    """x and y share no actor and stay apart; z, closest to y, names the actors of both."""
    axis = np.eye(8, dtype=np.float32)
    x = axis[0]
    y = 0.75 * axis[0] + 0.6614 * axis[1]
    z = 0.75 * axis[0] + 0.4347 * axis[1] + 0.4985 * axis[2]
    articles = [Article(id=name, source="test", text="") for name in ("x", "y", "z")]
    index = StoryIndex(Params(few_articles=0), dim=8)  # as in a large index: no small pile's easier joining
    return index, articles, [x, y, z], [["Mara Quill"], ["Oren Vale"], ["Mara Quill", "Oren Vale"]]


def test_a_later_article_gathers_a_lone_one_and_the_older_id_stays() -> None:
    index, articles, vectors, actors = _tied_by_a_later_article()
    assert index.assign(articles[0], vectors[0], actors[0]) == "s-x"
    assert index.assign(articles[1], vectors[1], actors[1]) == "s-y"
    assert index.assign(articles[2], vectors[2], actors[2]) == "s-x"
    assert index.stories() == {"s-x": ["x", "y", "z"]}
    # The merged-away id still names the story, here and after a round trip through the state.
    assert index.resolve("s-y") == "s-x"
    restored = StoryIndex.from_state(pickle.loads(pickle.dumps(index.to_state())))
    assert restored.resolve("s-y") == "s-x"
    assert restored.split("s-y", ["z"]) == "s-z"
    assert restored.stories() == {"s-x": ["x", "y"], "s-z": ["z"]}


def test_a_lone_article_a_user_split_off_stays_alone() -> None:
    index, articles, vectors, actors = _tied_by_a_later_article()
    index.assign(articles[0], vectors[0], actors[0])
    index.assign(articles[1], vectors[1], actors[1])
    index.move("x", "s-y")
    index.split("s-y", ["x"])
    alone = index.story_of("x")
    index.assign(articles[2], vectors[2], actors[2])
    assert index.story_of("x") == alone and index.stories()[alone] == ["x"]


def test_a_small_pile_handed_in_together_joins_at_a_lower_score() -> None:
    """Two reports of one story told apart in wording (cosine 0.65, no shared actor) are one story when they
    are all a user gave; among many articles the same pair stays apart."""
    dim = 64
    axis = np.eye(dim, dtype=np.float32)
    pair = [axis[0], 0.65 * axis[0] + 0.76 * axis[1]]
    alone = StoryIndex(dim=dim)
    assert [alone.assign(Article(id=n, source="test", text=""), v) for n, v in zip("ab", pair, strict=True)] == [
        "s-a",
        "s-a",
    ]
    crowded = StoryIndex(dim=dim)
    for i in range(5):
        crowded.assign(Article(id=f"bg{i}", source="test", text=""), axis[10 + i])
    assert [crowded.assign(Article(id=n, source="test", text=""), v) for n, v in zip("ab", pair, strict=True)] == [
        "s-a",
        "s-b",
    ]
