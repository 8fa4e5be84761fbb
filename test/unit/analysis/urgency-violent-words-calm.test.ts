import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Both promises at once. A false alarm wakes an executive for nothing, and after a few they stop trusting the
// escalation: words of violence used for something calm (a German separable verb, a game lost, an idiom, a second
// meaning) were read as violence. And pushing or touching the writer, said plainly in Vietnamese, Chinese or Arabic,
// was read as calm. Each group below is a class of wording, several sentences per language.

describe('urgency: violent words that say something calm', () => {
  it.each([
    // German separable verbs on violent stems: the particle ends the clause.
    'Mein Chef schlägt vor, dass wir früher anfangen.',
    'Die Chefin schlägt uns vor, die Pausen zu verschieben.',
    'Er schlägt jeden Montag neue Regeln vor.',
    'Der Kollege schlägt das Angebot ab.',
    'Sie schlägt das Wort im Wörterbuch nach.',
    'Der Chef hat mir vorgeschlagen, in Teilzeit zu gehen.',
    'Mein Vorgesetzter hat die Adresse nachgeschlagen.',
    'Der Chef drückt sich immer vor dem Putzen.',
  ])('German: %s', (text) => expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] }));

  it.each([
    // Beaten at a game, in every language.
    'My boss beat me at chess again.',
    'He beat me at ping-pong yesterday.',
    'my manager beat me at FIFA',
    'She beat me 3-0 at darts after work.',
    'My coworker beats me in Mario Kart every lunch break.',
    'He always beats me at cards.',
    'Mein Kollege hat mich beim Tischtennis geschlagen.',
    'Der Chef schlägt mich beim Schach jedes Mal.',
    'Er hat mich im Tischkicker haushoch geschlagen.',
    'Mi jefe me ganó al ajedrez.',
    'Mi compañero me ganó al ping-pong otra vez.',
    'Mi jefe me pegó una paliza al FIFA.',
    'O meu xefe me ganó no xadrez.',
    'O gerente me deu uma surra no FIFA.',
    'Mon chef m’a battu aux échecs.',
    'Mon collègue me bat au ping-pong tous les midis.',
    'Il m’a battu au baby-foot.',
    'Szef pobił mnie w szachy.',
    'Kolega pobił rekord sprzedaży.',
    'Tinalo ako ni manager sa ping-pong.',
    'Sếp đánh bại tôi trong ván cờ.',
  ])('a game: %s', (text) => expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] }));

  it.each([
    // English phrasal idioms.
    'He hits me up on WhatsApp every evening.',
    'My manager hit me up about the rota.',
    'She hits me with more paperwork every Monday.',
    'My boss keeps hitting me with last-minute deadlines.',
    'He hit me with a surprise audit today.',
    'He beat me to it and sent the report first.',
    'My colleague beat me to the punch on the promotion.',
    'My boss pushes me to do better, which I like.',
    'It hit me that I had forgotten the form.',
  ])('an English idiom: %s', (text) => expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] }));

  it.each([
    // A second meaning of the verb: sticking, the sun, typing, someone's turn, "đánh" in compounds, "danh" (name).
    'Me pega la etiqueta en la caja.',
    'El sol me pega fuerte en la ventana.',
    'La compañera me pega el resfriado.',
    'Le soleil me tape sur la tête dans l’entrepôt.',
    'Oggi tocca a me il turno di notte.',
    'Tôi đánh máy báo cáo mỗi ngày.',
    'Chị ấy đánh máy hợp đồng cho sếp.',
    'Anh ấy đánh răng trong nhà vệ sinh công ty.',
    'Tôi muốn báo cáo ẩn danh.',
    'Đây là danh sách báo cáo tuần này.',
    '经理推我去参加培训',
    'المدير يدفعني للاستقالة',
  ])('another meaning: %s', (text) => expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] }));
});

describe('urgency: the same words still report violence', () => {
  it.each([
    ['Er schlägt mich jeden Tag.', 'threat'],
    ['Der Chef schlägt mich vor allen Kollegen.', 'threat'],
    ['Er schlägt mich nach der Schicht.', 'threat'],
    ['Er schlägt mich ab und zu.', 'threat'],
    ['Der Vorarbeiter schlägt zu, wenn man widerspricht.', 'threat'],
    ['Er hat mich im Tischtennisraum geschlagen.', 'threat'],
    ['He beat me at the bowling alley.', 'threat'],
    ['My manager hit me with a clipboard.', 'threat'],
    ['He beat me up after the shift.', 'threat'],
    ['She slammed me against the wall.', 'threat'],
    ['Mi jefe me pega.', 'threat'],
    ['Mi supervisor me pega cuando nadie mira.', 'threat'],
    ['Il capo mi tocca il sedere.', 'harassment'],
    ['Il capo mi tocca.', 'harassment'],
    ['Sếp đánh tôi.', 'threat'],
    ['Sếp đánh tôi nếu tôi báo cáo.', 'threat'],
  ])('%s', (text, category) => expect(detectUrgency(text).categories).toContain(category));
});

describe('urgency: pushing or touching the writer (Vietnamese, Chinese, Arabic)', () => {
  it.each([
    ['Sếp đẩy tôi.', 'threat'],
    ['Quản lý đẩy tôi vào tường.', 'threat'],
    ['Anh ta lại đẩy tôi ngã.', 'threat'],
    ['Anh ta sờ tôi.', 'harassment'],
    ['Quản lý cứ sờ tôi khi không có ai.', 'harassment'],
    ['他推我', 'threat'],
    ['经理又推我', 'threat'],
    ['他每天推我', 'threat'],
    ['经理摸我', 'harassment'],
    ['يدفعني', 'threat'],
    ['المدير يدفعني', 'threat'],
    ['زميلي يدزني كل يوم', 'threat'],
    ['يلمسني', 'harassment'],
  ])('%s', (text, category) => expect(detectUrgency(text).categories).toContain(category));

  it.each(['Sếp dạy tôi cách dùng máy.', '领导推我一把让我升职'])('not: %s', (text) =>
    expect(detectUrgency(text).urgent).toBe(false),
  );
});
