import { describe, expect, it } from 'vitest';
import { selfDescriptions } from '../../../shared/analysis/self-descriptions';

/*
 * Blind attack ra38: the preview's warning that words may single the writer out was missing for other determiners,
 * for "I am the only …" with a noun no list knows, for more languages, and for a rare trait said with a place. Each
 * class with wordings of our own (the attacker's are not used), and calm look-alikes that must name no one.
 */
describe('self-descriptions the warning names since blind attack ra38', () => {
  it.each([
    // Other determiners and quantifiers.
    ['our only Muslim driver gets no prayer break', 'our only Muslim driver'],
    ['his only black apprentice left', 'his only black apprentice'],
    ['I am the single female mechanic in this garage', 'the single female mechanic in this garage'],
    ['he is the lone woman electrician at the plant', 'the lone woman electrician at the plant'],
    ["I'm the one and only vegan chef here", 'the one and only vegan chef'],
    ['the last remaining night nurse on the ward', 'the last remaining night nurse on the ward'],
    ['the first female crane operator on site', 'the first female crane operator on site'],
    // Said of themselves, whatever the noun.
    ['je suis la seule infirmière de nuit du service', 'la seule infirmière de nuit du service'],
    ["je suis la seule à porter le voile à l'atelier", "la seule à porter le voile à l'atelier"],
    ['soy la única que habla árabe en la planta', 'la única que habla árabe en la planta'],
    ['ich bin der einzige, der nachts Gabelstapler fährt', 'der einzige, der nachts Gabelstapler fährt'],
    ['sono l’unica che parla cinese nel reparto', 'l’unica che parla cinese nel reparto'],
    ["I'm the only one who speaks Polish on the line", 'the only one who speaks Polish on the line'],
    // More languages.
    ['я єдиний водій на нічній зміні', 'єдиний водій на нічній зміні'],
    ['я единственная женщина в цеху', 'единственная женщина в цеху'],
    ['jestem jedyną kobietą w magazynie', 'jedyną kobietą w magazynie'],
    ['ako ang nag-iisang babae sa bodega', 'nag-iisang babae sa bodega'],
    ['mwen se sèl chofè lannwit lan', 'sèl chofè lannwit lan'],
    ['ik ben de enige vrouw in het magazijn', 'de enige vrouw in het magazijn'],
    ['eu sou o único segurança noturno', 'o único segurança noturno'],
    // A rare trait with a place, no "only".
    ['the blind guy in the call centre gets no help', 'the blind guy in the call centre'],
    ['the pregnant one in dispatch is me', 'the pregnant one in dispatch'],
    ['the woman in the wheelchair in HR', 'the woman in the wheelchair in HR'],
    ['the tall redhead in shipping', 'the tall redhead in shipping'],
    ['the old lady with the cane in accounts', 'the old lady with the cane in accounts'],
    ['the dude with the hearing aids in IT', 'the dude with the hearing aids in IT'],
  ])('Should name the phrase in "%s"', (text, phrase) => {
    expect(selfDescriptions(text)).toEqual([phrase]);
  });

  it.each([
    'our only option is to quit',
    'my only complaint is the parking',
    'the single biggest problem is pay',
    'the single mothers on the team get no flexibility',
    'the last remaining bus leaves at 6',
    'the first woman I met was kind',
    'the lone printer in the office is jammed',
    'the lone worker policy is a joke',
    'the new guy was nice',
    'the new guy in shipping is nice',
    'the deaf awareness training was good',
    'the wheelchair ramp in accounts is blocked',
    'the deaf guy on TV was funny',
    'the blind guy in it was great',
    'mi único día libre es el domingo',
    'l’unico problema è lo stipendio',
    'de enige oplossing is ontslag',
    'jedyny minus to dojazd do pracy',
    'єдиний вихід — звільнитися',
    'ang tanging problema ay ang sahod',
    'sèl pwoblèm nan se lajan',
    "on met du sel dans l'allée pour le chauffeur",
    'am I the only one who thinks the rota is unfair?',
  ])('Should name nothing in "%s"', (text) => {
    expect(selfDescriptions(text)).toEqual([]);
  });
});
