/*
 * Names of courses, drills, departments and notices whose words name a
 * hazard: "hazardous materials training", "curso de prevención de incendios",
 * "lớp huấn luyện an toàn cháy nổ", "火灾疏散演练", "قسم الطوارئ", "fire and
 * earthquake drill bukas". The hazard is the subject of the course, not
 * something happening, so the phrase is read as harmless (like the idioms in
 * each language's `benign`), and only the phrase: what the same sentence says
 * besides it is still read ("the exit was locked during the fire drill").
 *
 * A name is a course word with a run of topic words before it (English,
 * German compounds, Chinese: "fire safety awareness course") or after it,
 * joined by the language's small words ("curso de prevención de incendios y
 * sustancias peligrosas"). Topic words only: a run never swallows a verb or
 * a thing that can break ("forklift training" keeps "forklift").
 */

interface CourseWords {
  /** Courses, drills, talks, notices: their topic may be any hazard. */
  course: string;
  /** Departments, wards, committees, officers: named only for a field (safety, emergencies). */
  unit: string;
  /** What a course is about: hazards named as a subject. */
  topic: string;
  /** The fields a unit is named for (a subset of topics that are never an event). */
  field: string;
  /** Words that join topics within one name ("of", "and", "about"). */
  joiner: string;
  /** Whether a name may put its topic first ("fire drill"), as well as after ("drill on fires"). */
  topicFirst?: boolean;
  /**
   * Events that name a course, an app or a counter only before its word ("the near miss app", "the injury
   * prevention talk", "the accident-free days counter"): after one, the course is where the event happened ("a
   * training accident", "an injury during the drill").
   */
  eventFirst?: string;
  /** Things that carry an event's name ("app", "counter", "form"), named so only after one. */
  record?: string;
}

const WORDS: Record<string, CourseWords> = {
  en: {
    course: String.raw`trainings?|drills?|courses?|seminars?|workshops?|lectures?|briefings?|inductions?|refreshers?|awareness|certifications?|classe?s?|modules?|talks?|exercises?|videos?|posters?|quiz|e-?learnings?|webinars?|sessions?|programmes?|programs?|campaigns?|policy|policies|handbook|walks?|fundraisers?|fundraising|fun runs?|ribbons?|pledges?`,
    unit: String.raw`departments?|dept|wards?|units?|officers?|committees?|week|team|reps?|representatives?|wardens?|marshals?|champions?|first[- ]aiders?|coordinators?|leads?`,
    topic: String.raw`active shooters?|active shooting|armed intruders?|intruders?|lockdown|fire|safety|hazards?|hazardous|hazmat|chemicals?|materials?|substances?|electrical|first aid|emergency|emergencies|evacuation|earthquake|violence|harassment|prevention|protection|response|management|occupational|health|handling|mandatory|annual|spill|gas|lockout|bullying|discrimination|de-?escalation|workplace|respect|abuse|conflict|aggression|threat|threats|sexual|misconduct|awareness|fraud|anti-fraud|bribery|anti-bribery|corruption|anti-corruption|ethics|compliance|money laundering|anti-money laundering|aml|whistleblowing|suicide|self-harm|mental health|wellbeing|well-being|anti-harassment|anti-bullying|anti-discrimination|anti-racism|racism|zero tolerance|month|charity|speak[- ]up`,
    field: String.raw`fire|safety|emergency|occupational|health|first aid|hse|ehs|environmental|er`,
    joiner: String.raw`and|&|of|on|about|in|for|the`,
    topicFirst: true,
    eventFirst: String.raw`near[- ]miss(?:es)?|injur(?:y|ies)|accidents?|incidents?|(?:accident|injury|incident|harm)[- ]free|zero[- ](?:harm|accidents?|injuries)|days?|reporting|report`,
    record: String.raw`apps?|counters?|trackers?|dashboards?|portals?|forms?|statistics|stats|figures|sign[- ]?ups?|newsletters?|boards?|websites?|pages?|hotlines?|rotas?`,
  },
  es: {
    course: String.raw`curso|cursos|formacion|capacitacion|simulacro|simulacros|taller|talleres|charla|seminario|entrenamiento|practica|jornada|modulo|programa|campana|protocolo|webinar`,
    unit: String.raw`departamento|servicio|area|unidad|comite|semana|tecnico|responsable`,
    topic: String.raw`prevencion|riesgos?|incendios?|emergencias?|evacuacion|primeros auxilios|seguridad|higiene|sustancias|materiales|productos|peligros[oa]s?|quimic[oa]s?|electric[oa]s?|electricidad|manejo|extincion|extintores|fuego|urgencias|laborales?|acoso|violencia|sismo|terremoto|sexual|laboral|discriminacion|hostigamiento|trabajo|cero|fraude|antifraude|soborno|antisoborno|corrupcion|anticorrupcion|etica|cumplimiento|blanqueo|lavado de dinero|suicidio|autolesiones`,
    field: String.raw`prevencion|riesgos|laborales|seguridad|higiene|salud|urgencias|emergencias`,
    joiner: String.raw`de|del|sobre|en|contra|para|y|e|la|el|los|las`,
  },
  pt: {
    course: String.raw`curso|cursos|treinamento|treinamentos|formacao|capacitacao|simulado|simulacao|palestra|oficina|seminario|modulo|programa|campanha|protocolo|webinar`,
    unit: String.raw`setor|departamento|servico|unidade|comissao|semana|brigada|tecnico`,
    topic: String.raw`prevencao|riscos?|incendios?|emergencias?|evacuacao|primeiros socorros|seguranca|saude|higiene|produtos|substancias|materiais|perigos[oa]s?|quimic[oa]s?|eletric[oa]s?|eletricidade|combate|manuseio|acidentes|trabalho|assedio|violencia|sexual|moral|discriminacao|combate|fraude|antifraude|suborno|corrupcao|anticorrupcao|etica|compliance|integridade|lavagem de dinheiro|suicidio|automutilacao`,
    field: String.raw`prevencao|acidentes|seguranca|saude|trabalho|emergencia|incendio|pronto[- ]socorro`,
    joiner: String.raw`de|do|da|dos|das|sobre|em|contra|para|e|a|o|os|as`,
  },
  fr: {
    course: String.raw`formation|formations|exercice|exercices|stage|cours|atelier|seminaire|sensibilisation|causerie|session|seance|module|programme|campagne|webinaire|webinar|charte`,
    unit: String.raw`service|departement|unite|comite|semaine|responsable|referent`,
    topic: String.raw`prevention|risques?|incendies?|urgences?|evacuation|premiers secours|securite|sante|hygiene|produits|substances|matieres|dangereu(?:x|ses?)|chimiques?|electriques?|manipulation|sauveteur|secouriste|gestes et postures|harcelement|violences?|sst|incendie|sexuel|moral|discriminations?|travail|agressions?|fraudes?|antifraude|anti-fraude|corruption|anticorruption|anti-corruption|ethique|conformite|blanchiment|suicide|automutilation`,
    field: String.raw`prevention|securite|sante|hygiene|urgences|qualite|hse|qhse`,
    joiner: String.raw`de|du|des|d'|sur|en|contre|pour|et|la|le|les|aux?`,
  },
  de: {
    course: String.raw`\w*(?:ubung|unterweisung|schulung|kurs|seminar|vortrag|training)\w*`,
    unit: String.raw`\w*(?:abteilung|station|beauftragte[rn]?|ausschuss|woche)`,
    topic: String.raw`brandschutz\w*|notfall\w*|erste[- ]hilfe|sicherheit\w*|arbeitssicherheit|gefahrstoff\w*|gefahrgut\w*|evakuierung\w*|raumung\w*|feuer\w*|elektro\w*|chemikalien|gesundheit\w*|mobbing\w*|gewalt\w*|belastigung\w*|diskriminierung\w*|deeskalation\w*|pravention\w*|arbeitsplatz\w*|betrug\w*|korruption\w*|antikorruption\w*|bestechung\w*|compliance\w*|geldwasche\w*|ethik\w*`,
    field: String.raw`arbeitssicherheit|sicherheit\w*|brandschutz\w*|notfall\w*|gesundheit\w*`,
    joiner: String.raw`und|zur|zum|fur|uber|mit|im|der|die|das|des`,
    topicFirst: true,
  },
  it: {
    course: String.raw`corso|corsi|formazione|esercitazione|prova|addestramento|seminario|incontro|modulo|programma|campagna|webinar|workshop`,
    unit: String.raw`reparto|servizio|ufficio|squadra|comitato|settimana|responsabile|addetti|addetto`,
    topic: String.raw`prevenzione|rischio|rischi|elevato|medio|basso|incendi?|antincendio|emergenz[ae]|evacuazione|primo soccorso|sicurezza|salute|igiene|sostanze|prodotti|pericolos[ei]|chimic[io]|elettric[oi]|molestie|violenza|mobbing|discriminazion[ei]|sessuali|lavoro|stop|frodi|frode|antifrode|corruzione|anticorruzione|etica|compliance|riciclaggio|suicidio|autolesionismo`,
    field: String.raw`prevenzione|sicurezza|antincendio|emergenza|pronto soccorso|primo soccorso`,
    joiner: String.raw`di|del|della|delle|dei|degli|dello|sul|sulla|sulle|su|in|contro|per|e|la|il|le|i`,
  },
  pl: {
    course: String.raw`szkolenie|szkolenia|cwiczenia|cwiczenie|kurs|instruktaz|pogadanka|prelekcja|warsztat|warsztaty|modul|program|kampania|webinar`,
    unit: String.raw`dzial|oddzial|sluzba|komisja|tydzien|inspektor`,
    topic: String.raw`bhp|ppoz|przeciwpozarow\w*|pozar\w*|ewakuac\w*|pierwszej pomocy|pierwsza pomoc|bezpieczenstw\w*|chemiczn\w*|niebezpieczn\w*|substancj\w*|elektryczn\w*|ratunkow\w*|ochrony|ochrona|mobbing\w*|przemoc\w*|zapobieg\w*|przeciwdzial\w*|molestow\w*|dyskryminac\w*|pracy|seksualn\w*|stop|oszustw\w*|korupc\w*|antykorupcyjn\w*|lapownictw\w*|etyk\w*|compliance|samobojstw\w*|samookalecze\w*`,
    field: String.raw`bhp|ppoz|ratunkow\w*|bezpieczenstw\w*|sor`,
    joiner: String.raw`z|ze|o|w|dla|i|oraz|na`,
  },
  vi: {
    course: String.raw`dien tap|huan luyen|tap huan|dao tao|lop|lop hoc|khoa|khoa hoc|buoi|hoi thao|bai giang|chuong trinh|hoc|tap huan|workshop|chien dich`,
    unit: String.raw`khoa|phong|ban|doi|to|tuan le`,
    topic: String.raw`an toan|lao dong|ve sinh|phong chay|chua chay|phong chong|chay no|so tan|thoat hiem|cap cuu|so cuu|hoi suc|tai nan|dien|hoa chat|khan cap|su co|hoa hoan|ung pho|ro ri|bao ho|dong dat|quay roi|tinh duc|bao luc|phan biet doi xu|bat nat|noi lam viec|cong so|gian lan|tham nhung|chong tham nhung|hoi lo|tuan thu|dao duc`,
    field: String.raw`an toan|lao dong|ve sinh|phong chay|chua chay|cap cuu|hoi suc|bao ho`,
    joiner: String.raw`va|ve|cho|khi co|khi|trong|cac|phong ngua`,
  },
  tl: {
    course: String.raw`training|drills?|seminars?|orientation|lecture|pagsasanay|kurso|workshop|webinar|module|program|campaign`,
    unit: String.raw`department|dept|room|officers?|committee|brigade|unit|week`,
    topic: String.raw`fire|safety|earthquake|lindol|sunog|first aid|chemical|spill|emergency|occupational|health|evacuation|paglikas|kaligtasan|hazard|osh|harassment|anti-harassment|karahasan|bullying|sexual|diskriminasyon|trabaho|stop|fraud|anti-fraud|corruption|anti-corruption|bribery|anti-bribery|ethics|compliance|katiwalian|panunuhol`,
    field: String.raw`fire|safety|emergency|occupational|health|osh|kaligtasan`,
    joiner: String.raw`at|ng|sa|tungkol sa|tungkol|and|para sa|para|&`,
    topicFirst: true,
  },
  zh: {
    course: String.raw`演练|演練|演习|演習|培训|培訓|训练|訓練|课程|課程|讲座|講座|知识|知識|宣传|宣傳|教育|考试|考試|活动|活動|工作坊|研讨会|研討會|座谈|座談|会议|會議|视频|視頻|海报|海報|手册|手冊`,
    unit: String.raw`科|部门|部門|部|处|處|办公室|辦公室|委员会|委員會|小组|小組|队|隊|员|員`,
    topic: String.raw`消防|火灾|火災|防火|灭火|滅火|安全|生产|生產|疏散|逃生|应急|應急|急救|急诊|急診|危险|危險|化学品|化學品|危化品|泄漏|洩漏|泄露|触电|觸電|用电|用電|电气|電氣|事故|职业|職業|健康|卫生|衛生|地震|防暴|反恐|管理|防性骚扰|防骚扰|反骚扰|性骚扰|骚扰|騷擾|反歧视|歧视|反舞弊|舞弊|反腐败|反腐|廉洁|合规|反贿赂|贿赂|反欺诈|欺诈|防诈骗|诈骗|反洗钱`,
    field: String.raw`消防|安全|应急|應急|急诊|急診|急救|职业|職業|健康|卫生|衛生|管理`,
    joiner: String.raw`和|及|与|與|、|的|关于|關於`,
    topicFirst: true,
  },
  ar: {
    course: String.raw`تدريب|تدريبات|تمرين|تمارين|دوره|دورات|ورشه|محاضره|مناوره|برنامج|توعيه|ورشه عمل|حمله|ندوه`,
    unit: String.raw`قسم|اداره|ادارات|لجنه|فريق|اسبوع|وحده|مسوول|مسؤول`,
    topic: String.raw`السلامه|سلامه|الصحه|المهنيه|الحريق|حريق|الحرائق|حرائق|الاخلاء|اخلاء|الطوارئ|الطواري|طوارئ|الاسعافات|اسعافات|الاوليه|الاسعاف|الدفاع المدني|المواد|الخطره|الكهرباء|الكيماويه|الكيميائيه|مكافحه|الوقايه|حاله|الزلازل|التسرب|التحرش|تحرش|السلوك|المهني|مكافحه التحرش|الفساد|الاحتيال|الرشوه|الرشوة|النزاهه|الامتثال|غسيل الاموال`,
    field: String.raw`السلامه|الصحه|المهنيه|الطوارئ|الطواري|الاسعاف|الدفاع المدني|الوقايه`,
    joiner: String.raw`على|عن|في|حول|من|و|ضد`,
  },
};

// A run of topic words, joined by the language's small words.
function run(topic: string, joiner: string, code: string): string {
  if (code === 'zh') return `(?:${topic})(?:(?:${joiner})?(?:${topic})){0,5}`;
  // Arabic glues "and" (و) to the next word.
  const word = `${code === 'ar' ? '(?:و)?' : ''}(?:${topic})`;
  return `${word}(?: (?:(?:${joiner}) )?${word}){0,5}`;
}

/**
 * A language's course-name pattern (a source for its `benign` list), or
 * none when it has no words here.
 */
export function courseNames(code: string): string | undefined {
  const words = WORDS[code];
  if (!words) return undefined;
  const gap = code === 'zh' ? '' : ' ';
  const after = code === 'zh' ? `(?:${words.joiner})?` : `(?:(?:${words.joiner}) ){0,2}`;
  const names = [
    [words.course, run(words.topic, words.joiner, code)],
    [words.unit, run(words.field, words.joiner, code)],
  ].flatMap(([head, topics]) => [
    `(?:${head})${gap}${after}${topics}`,
    // Chinese may join them with 的: "职场骚扰的培训".
    ...(words.topicFirst ? [`${topics}${gap}${code === 'zh' ? '(?:的)?' : ''}(?:${head})`] : []),
    // German compounds: "Brandschutzübung", "Notfallabteilung".
    ...(code === 'de' ? [`(?:${words.topic})(?:${head})`] : []),
  ]);
  if (words.eventFirst) {
    // An event's name, then topics ("injury prevention"), then a course, a unit or a record: "the near miss app".
    const named = `(?:${words.eventFirst})(?: (?:${words.eventFirst}|${words.topic})){0,5}`;
    names.push(`${named}${gap}(?:${words.course}|${words.unit}|${words.record ?? words.course})`);
  }
  return [...names, quotedTitle(words.course, words.joiner, code)].join('|');
}

/*
 * A name in quotes beside a course word: "the 'Harassment Prevention 101'
 * training", "el curso «Prevención del acoso»", "《预防职场骚扰》培训". Its
 * words can be anything, so only the quoted words are harmless, and only
 * beside a course word: a quoted word alone ("calls them 'monkeys'") is
 * still read. Chinese title marks 《》 name a work wherever they stand.
 */
const OPEN = `'"«„“《「『`;
const CLOSE = `'"»“”》」』`;
const TITLE = `[^${OPEN}${CLOSE}]`;
// "called", "titled" and their kin in each Latin-script language (folded), and Arabic "entitled".
const NAMED = String.raw`called|named|titled|entitled|na|ng|llamad[oa]|titulad[oa]|intitulee?|appelee?|chamad[oa]|intitolat[oa]|chiamat[oa]|namens|titel|pod nazwa|pt\.?|ten|co ten|goi la|بعنوان|باسم`;
function quotedTitle(course: string, joiner: string, code: string): string {
  if (code === 'zh')
    return `《${TITLE}{1,40}》|(?:${course})[${OPEN}]${TITLE}{1,40}[${CLOSE}]|[${OPEN}]${TITLE}{1,40}[${CLOSE}](?:${course})`;
  const lead = String.raw`(?:\s?[:\-–]|\s(?:${joiner}|${NAMED}))?\s?[${OPEN}]\s?`;
  if (code === 'ar')
    return String.raw`(?:${course})${lead}${TITLE}{1,80}[${CLOSE}]|[${OPEN}]${TITLE}{1,80}[${CLOSE}]\s?(?:${course})`;
  // Latin script is matched between word boundaries, so each form starts or ends on the title's own letters;
  // a quote is an apostrophe too ("l'amiante", "don't"), so it opens only after a space and closes only before one.
  const inner = String.raw`(?:${TITLE}|(?<=\w)'(?=\w))`;
  return [
    String.raw`(?:${course})${lead}${inner}{0,80}?\w(?=\W{0,3}[${CLOSE}](?!\w))`,
    String.raw`(?<=(?<!\w)[${OPEN}]\s?)\w${inner}{0,80}[${CLOSE}](?!\w)\s?(?:${course})`,
  ].join('|');
}
