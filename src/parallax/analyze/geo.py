"""A small world-knowledge table: countries, their other names, demonyms, capitals and seats of power.

News text names a country in many ways ("Russia", "Moscow", "the Kremlin", "Russian officials"); the
actor layer folds them into one country actor. spaCy's small model has no entity linker and no such
gazetteer ships with a PyPI package small enough to install by default, so this compact table covers the
countries that appear most in international news. Each row: canonical name | other names | demonyms |
capitals and seats of government. Everything is matched case-sensitively on the cleaned name.
"""

from __future__ import annotations

from functools import cache

_TABLE = """
Afghanistan||Afghan|Kabul
Algeria||Algerian|Algiers
Argentina||Argentine,Argentinian|Buenos Aires,Casa Rosada
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Brazil||Brazilian|Brasilia,Brasília
Bulgaria||Bulgarian|Sofia
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian|Bogota,Bogotá
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Egypt||Egyptian|Cairo
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France|French Republic|French|Paris,Elysee,Élysée,Elysée
Georgia||Georgian|Tbilisi
Germany|Federal Republic of Germany|German|Berlin
Greece||Greek|Athens
Hungary||Hungarian|Budapest
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau,Chișinău
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
Norway||Norwegian|Oslo
Pakistan||Pakistani|Islamabad
Philippines||Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow,Kremlin
Saudi Arabia|Saudi|Saudi|Riyadh
Serbia||Serbian|Belgrade
Slovakia||Slovak|Bratislava
South Africa||South African|Pretoria
South Korea|Republic of Korea|South Korean|Seoul
Spain||Spanish|Madrid
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern,Berne
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Turkey|Türkiye,Turkiye|Turkish|Ankara
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE|Emirati|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British|London,Downing Street,Whitehall
United States|US,U.S.,USA,U.S.A.,America,United States of America|American|Washington,White House
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa,Sana'a
"""


@cache
def _index() -> tuple[dict[str, str], dict[str, str]]:
    """(any name, capital or seat -> country, demonym -> country)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for row in _TABLE.strip().splitlines():
        country, others, nationals, seats = row.split("|")
        for name in [country, *others.split(","), *seats.split(",")]:
            if name:
                names[name] = country
        for demonym in nationals.split(","):
            if demonym:
                demonyms[demonym] = country
                demonyms[demonym + "s"] = country
    return names, demonyms


def country_of(name: str) -> str | None:
    """The country a name, capital or seat of government stands for ("Kremlin" -> "Russia")."""
    return _index()[0].get(name)


def country_of_demonym(word: str) -> str | None:
    """The country of a demonym ("Ukrainian" -> "Ukraine"), None when the word is none."""
    return _index()[1].get(word)
