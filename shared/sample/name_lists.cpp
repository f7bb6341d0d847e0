#include "sample/name_lists.h"

namespace oppmote::sample {

namespace {
QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}
} // namespace

const QStringList &norwegianWomen()
{
    static const QStringList names = split(
        "Anne|Inger|Kari|Marit|Ingrid|Liv|Eva|Berit|Astrid|Bjørg|Hilde|Anna|Solveig|Marianne|Randi|Ida|Nina|"
        "Maria|Elisabeth|Kristin|Bente|Heidi|Silje|Hanne|Gro|Turid|Åse|Sølvi|Ragnhild|Tone|Kjersti|Åshild|"
        "Synnøve|Gunnhild|Torill|Mette|Ellen|Ingvild|Sigrid|Kathrin|Ragna|Vigdis|Margrethe|Hege|Siv|Øydis");
    return names;
}

const QStringList &norwegianMen()
{
    static const QStringList names = split(
        "Jan|Per|Bjørn|Ole|Lars|Kjell|Knut|Arne|Svein|Thomas|Hans|Geir|Tor|Morten|Terje|Odd|Erik|Martin|"
        "Andreas|Jon|Rune|Trond|Håkon|Øyvind|Ståle|Jørgen|Ørjan|Åsmund|Sverre|Eirik|Halvard|Sigurd|Kåre|"
        "Bård|Pål|Jørn|Tormod|Vegard|Magnus|Kjetil|Vincent|Stein|Audun|Gaute|Ivar|Leif|Nils|Steinar|Tore");
    return names;
}

const QStringList &norwegianSurnames()
{
    static const QStringList names = split(
        "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Johnsen|Pettersen|"
        "Eriksen|Berg|Haugen|Hagen|Johannessen|Andreassen|Jacobsen|Dahl|Jørgensen|Halvorsen|Henriksen|"
        "Lund|Sørensen|Jakobsen|Moen|Gundersen|Iversen|Strand|Solberg|Svendsen|Eide|Knutsen|Martinsen|"
        "Paulsen|Bakken|Kristoffersen|Mathisen|Lie|Amundsen|Nguyen|Rasmussen|Ali|Lunde|Solheim|Berge|"
        "Moe|Nygård|Bakke|Kristensen|Fredriksen|Holm|Lien|Hauge|Christensen|Andresen|Nielsen|Knudsen|"
        "Evensen|Sæther|Aas|Myhre|Hanssen|Ahmed|Haugland|Thomassen|Sivertsen|Simonsen|Danielsen|Berntsen|"
        "Sandvik|Rønning|Arnesen|Antonsen|Næss|Vik|Haug|Ellingsen|Thorsen|Edvardsen|Birkeland|Isaksen|"
        "Gulbrandsen|Ødegård|Wold|Bjørnstad|Østensjø|Aarflot|Løvås|Hågensen|Dæhli|Bråten|Strøm|Lærum|"
        "Bjerkeset|Fjærli|Sæbø|Tønnessen|Ødegaard|Kvåle|Ravndal|Skjærvø|Grønli|Haaland|Aasen|Tjøtta|"
        "Uppstad|Heggheim|Staalesen|Landheim|Svensrud|Gjærum|Øvrebø|Sjøvold|Mæland|Frøyland|Åsheim");
    return names;
}

const QStringList &swedishWomen()
{
    static const QStringList names = split(
        "Anna|Eva|Maria|Karin|Kristina|Lena|Sara|Emma|Ingrid|Märta|Åsa|Malin|Ulla|Birgitta|Elin|Linnéa");
    return names;
}

const QStringList &swedishMen()
{
    static const QStringList names = split(
        "Lars|Mikael|Anders|Johan|Per|Erik|Karl|Peter|Björn|Göran|Mårten|Sören|Håkan|Örjan|Jöns|David|Olle");
    return names;
}

const QStringList &swedishSurnames()
{
    static const QStringList names = split(
        "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|"
        "Pettersson|Jonsson|Jönsson|Öberg|Sjöberg|Hägglund|Ängström|Åberg|Lindström|Bäckström|Strömberg|"
        "Löfgren|Söderberg|Wikström|Paulsson|Forsberg|Näslund|Östlund");
    return names;
}

const QStringList &jobTitles()
{
    static const QStringList titles = split(
        "rådgiver|seniorrådgiver|spesialrådgiver|fagsjef|avdelingsdirektør|fylkesdirektør|prosjektleder|"
        "regional- og næringssjef|seksjonsleder|utviklingsleder|analytiker|plansjef|kompetanserådgiver|"
        "næringsrådgiver|spesialkonsulent|controller|strateg|utredningsleder");
    return titles;
}

const QStringList &countyCouncils()
{
    static const QStringList councils = split(
        "Østfold fylkeskommune|Akershus fylkeskommune|Oslo kommune|Hedmark fylkeskommune|"
        "Oppland fylkeskommune|Buskerud fylkeskommune|Vestfold fylkeskommune|Telemark fylkeskommune|"
        "Aust-Agder fylkeskommune|Vest-Agder fylkeskommune|Rogaland fylkeskommune|Hordaland fylkeskommune|"
        "Sogn og Fjordane fylkeskommune|Møre og Romsdal fylkeskommune|Sør-Trøndelag fylkeskommune|"
        "Nord-Trøndelag fylkeskommune|Nordland fylkeskommune|Troms fylkeskommune|Finnmark fylkeskommune");
    return councils;
}

const QStringList &otherOrganisations()
{
    static const QStringList orgs = split(
        "KMD|LO|Kompetanse Norge|KS|Innovasjon Norge|Forskningsrådet|NHO|Region Dalarna|Region Värmland|"
        "Region Gävleborg");
    return orgs;
}

} // namespace oppmote::sample
