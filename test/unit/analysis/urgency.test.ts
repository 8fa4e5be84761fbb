import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { eachText } from '../../support/urgency-table';

describe('urgency, independent of sentiment', () => {
  it('Should escalate harassment that has no negative word', () => {
    expect(detectUrgency('my supervisor keeps touching me and I feel unsafe')).toEqual({
      urgent: true,
      categories: ['safety', 'harassment'],
    });
  });

  it.each([
    ['safety', 'The fire exit by bay 4 is blocked again'],
    ['safety', 'no PPE on the chemical line and the gloves are torn'],
    ['safety', "I don't feel safe walking to the car park at night"],
    ['safety', 'a forklift almost hit me this morning'],
    ['safety', 'someone is going to get hurt on that ladder'],
    ['safety', 'there are exposed wires above the sink'],
    ['harassment', 'my coworker keeps asking me out even after I said no'],
    ['harassment', 'he sent me explicit pictures after the party'],
    ['harassment', 'she threatened to fire me if I report it'],
    ['harassment', 'the lead screams at us every single day'],
    ['discrimination', 'I was passed over for promotion because I am a woman'],
    ['discrimination', 'they only promote men here'],
    ['discrimination', 'he makes racist jokes about the Mexican guys'],
    ['fraud', 'my manager is falsifying our timesheets'],
    ['fraud', 'someone is stealing money from the register'],
    ['fraud', "we aren't being paid for overtime"],
    ['threat', "he said he's going to kill my manager"],
    ['threat', 'a guy on second shift brought a gun to work'],
    ['self-harm', 'some days I want to kill myself'],
    ['self-harm', "I can't go on like this, I want to die"],
  ] as const)('Should flag %s in %j', (category, text) => {
    const result = detectUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toContain(category);
  });

  eachText(
    'Should not escalate merely rude or unhappy text: %j',
    [
      'this place sucks',
      'my boss is a complete idiot',
      'fuck this job and fuck this rota',
      'management are useless clowns',
      'this job is killing me',
      'my feet are killing me after a double',
      'we killed it this quarter',
      'shoot me an email when the rota is out',
      'the launch bombed',
      'understaffed and long hours, I am exhausted',
      'the pay is awful and the coffee is worse',
      'there is no harassment here, everyone is kind',
      'great team, no accidents this year',
      'the recession hit us hard',
    ],
    detectUrgency,
    'calm',
  );

  it('Should still flag a mention that is negated once and stated again', () => {
    expect(detectUrgency('There was no harassment until the new lead came; now he harasses the interns').urgent).toBe(
      true,
    );
  });

  it('Should read being told to kill oneself as harassment, not the writer’s self-harm', () => {
    expect(detectUrgency('my supervisor told me to kill myself').categories).toEqual(['harassment']);
  });

  it('Should list categories in a fixed order', () => {
    expect(detectUrgency('he threatened to kill me and he stole cash from the till').categories).toEqual([
      'fraud',
      'threat',
    ]);
  });
});
