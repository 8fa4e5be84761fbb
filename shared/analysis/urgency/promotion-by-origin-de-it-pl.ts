import { rule, type UrgencyRule } from './types';

/*
 * Promotion kept for one nationality, race or sex, in German, Italian and Polish (English and French:
 * promotion-by-race.ts): "Beförderung gibt es nur für Deutsche, nicht für Ausländer", "promuovono solo gli italiani,
 * gli stranieri mai", "awansują tylko Polaków, Ukraińców nigdy". A promotion and "only" a group, or a group "never"
 * promoted, in one sentence. Calm beside them: "er wurde letzte Woche befördert", "promuovono solo i migliori",
 * "dostałem awans". Folded text (lower case, no accents).
 */

const DE_GROUP = String.raw`(?:deutsche\w*|auslander\w*|auslaender\w*|einheimische\w*|turken|tuerken|turkinnen|polen|russen|rumanen|rumaenen|bulgaren|araber\w*|afrikaner\w*|muslime\w*|schwarze\w*|weisse\w*|manner|maenner|frauen|migranten|auslandische\w*|auslaendische\w*)`;
const DE_PROMOTED = String.raw`(?:befordert|befoerdert|beforderung\w*|befoerderung\w*|aufstieg\w*|aufsteigen|steigen auf|teamleiter\w*|vorarbeiter\w*|schichtleiter\w*|fuhrungsposition\w*|fuehrungsposition\w*|gehaltserhohung\w*|gehaltserhoehung\w*)`;

export const GERMAN_PROMOTION_BY_ORIGIN: readonly UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`\b${DE_PROMOTED}\b[^.!?]{0,40}?\bnur (?:fur |fuer |an |die )?${DE_GROUP}\b|\bnur (?:fur |fuer |an |die )?${DE_GROUP}\b[^.!?]{0,30}?\b${DE_PROMOTED}\b|\b${DE_GROUP} (?:\w+ ){0,2}(?:nie|niemals|nicht) (?:\w+ ){0,2}${DE_PROMOTED}\b`,
  ),
];

const IT_GROUP = String.raw`(?:italian[ie]|stranier[ie]|immigrat[ie]|marocchin[ie]|rumen[ie]|albanes[ie]|african[ie]|nordafrican[ie]|ner[ie]|bianch[ie]|uomini|donne|musulman[ie]|cines[ie]|indian[ie]|filippin[ie]|senegales[ie]|meridional[ie]|terron[ie]|extracomunitar[ie])`;
const IT_PROMOTED = String.raw`(?:promuov\w*|promoss[oiae]|promozion[ei]|avanzament\w*|scatt[oi] di carriera|capo ?(?:reparto|turno|squadra)|capi ?(?:reparto|turno|squadra)|caporepart\w*|responsabil[ei]|aument[oi])`;

export const ITALIAN_PROMOTION_BY_ORIGIN: readonly UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`\b${IT_PROMOTED}\b[^.!?]{0,40}?\b(?:solo|soltanto|sempre|unicamente) (?:gli |i |le |agli |ai |alle )?${IT_GROUP}\b|\b(?:solo|soltanto|unicamente) (?:gli |i |le )?${IT_GROUP}\b[^.!?]{0,30}?\b${IT_PROMOTED}|\b${IT_GROUP} (?:\w+ ){0,2}(?:mai|non (?:\w+ )?(?:vengono|sono|viene|e) (?:mai )?)(?:\w+ )?${IT_PROMOTED}`,
  ),
];

const PL_GROUP = String.raw`(?:polak\w*|polacy|polkom|polki|ukrain\w*|obcokrajow\w*|cudzoziem\w*|imigrant\w*|rosjan\w*|bialorus\w*|gruzin\w*|hindus\w*|murzyn\w*|czarnoskor\w*|kobiet\w*|kobiety|mezczyzn\w*|faceci|facetow|muzulman\w*|swoich|swoim|swoi)`;
const PL_PROMOTED = String.raw`(?:awans\w*|awansuj\w*|awansow\w*|podwyzk\w*|brygadzist\w*|kierownik\w* zmiany|stanowisk\w* kierownicz\w*)`;

export const POLISH_PROMOTION_BY_ORIGIN: readonly UrgencyRule[] = [
  rule(
    'discrimination',
    String.raw`\b${PL_PROMOTED}\b[^.!?]{0,40}?\b(?:tylko|wylacznie|jedynie|zawsze) ${PL_GROUP}\b|\b(?:tylko|wylacznie|jedynie) ${PL_GROUP}\b[^.!?]{0,30}?\b${PL_PROMOTED}|\b${PL_GROUP} (?:\w+ ){0,2}nigdy (?:nie )?(?:\w+ )?${PL_PROMOTED}`,
  ),
];
