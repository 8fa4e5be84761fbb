import { PORTUGUESE_DOWN_AND_STILL } from './down-and-still';
import { PORTUGUESE_FIGHTS_IN_SLANG } from './fights-said-in-slang';
import { PORTUGUESE_VIOLENCE_IF_FIRED } from './violence-promised-if-fired';
import { PORTUGUESE_WHOEVER_TELLS_THREATENED } from './threats-to-whoever-tells';
import { PORTUGUESE_WARNED_OR_BEATEN } from './warned-or-beaten-for-speaking';
import { PORTUGUESE_SIGNS_OF_A_BODY_IN_TROUBLE } from './signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl';
import { PORTUGUESE_TALKS_ABOUT_A_HARM } from './talks-about-a-harm';
import { PORTUGUESE_WHO_THEY_ARE_HELD_AGAINST } from './who-they-are-held-against';
import { PORTUGUESE_HIRING_LIMITS } from './hiring-limits';
import { PORTUGUESE_STOCK_WRITTEN_OFF_AND_TAKEN } from './stock-written-off-and-taken';
import { PORTUGUESE_FRAUD_WITHOUT_THE_WORD } from './fraud-without-the-word';
import { PORTUGUESE_BAD_AIR_AND_DAMAGED_GEAR } from './bad-air-and-damaged-gear';
import { PORTUGUESE_DAMAGED_TOOLS_USED_ANYWAY } from './damaged-tools-used-anyway';
import { PORTUGUESE_SHOCKS_FROM_GEAR } from './shocks-from-gear';
import { PORTUGUESE_PEOPLE_KEPT_OFF_A_POST } from './people-kept-off-a-post';
import { PORTUGUESE_HAZARD_AND_PUSHED_TO_WORK } from './hazard-and-pushed-to-work';
import { PORTUGUESE_BLASTS_HEARD_WITH_SOMEONE_THERE } from './blasts-heard-with-someone-there';
import { PORTUGUESE_EXITS_LOCKED_ON_SHIFT } from './exits-locked-on-shift';
import { PORTUGUESE_NUMB_AFTER_A_SHOCK } from './numb-after-a-shock';
import { PORTUGUESE_HEAT_TOLD_BY_ITS_SIGNS } from './heat-told-by-its-signs';
import { PORTUGUESE_FOLLOWED_HOME_AND_TRACKED } from './followed-home-and-tracked';
import { PORTUGUESE_CARDS_CLOCKED_FOR_THE_ABSENT } from './cards-clocked-for-the-absent';
import { PORTUGUESE_TELLERS_THREATENED } from './tellers-threatened-with-harm';
import { PORTUGUESE_ARMED_AND_WAITING } from './armed-and-waiting';
import { PORTUGUESE_WAITING_TO_HURT } from './waiting-to-hurt-the-writer';
import { PORTUGUESE_CALLS_FOR_HELP_FORBIDDEN } from './calls-for-help-forbidden';
import { ROMANCE_REPORTERS_HUNTED_BY_METHOD } from './reporters-hunted-by-method';
import { ROMANCE_ARMED_ROBBERY } from './violence-in-hand';
import { ROMANCE_REPORTERS_HUNTED } from './unmasking-reporters';
import { FIRED_THEN_KILL, PORTUGUESE_KILL_AFTER_FIRING } from './kill-after-firing';
import { PAY_RECORDS_AND_CHILD_WORK } from './pay-records-and-child-work-tables';
import { PORTUGUESE_INITIATION_RITUALS } from './initiation-rituals';
import { PORTUGUESE_CAMPAIGNS_AGAINST } from './campaigns-against';
import { ROMANCE_SILENCED } from './retaliation-threats';
import { PORTUGUESE_FALSE_SAFETY_RECORDS } from './stolen-hours-and-false-records';
import { PORTUGUESE_BLOWS_TOLD } from './blows-told';
import { PORTUGUESE_BOMBS_BROUGHT_TO_WORK } from './bombs-brought-to-work';
import { PORTUGUESE_BRIBES_AND_FAKE_VENDORS } from './bribes-and-fake-vendors';
import { PORTUGUESE_FIRE_BACK_AND_LEFT_INSIDE } from './fire-back-and-people-left-inside';
import { PORTUGUESE_GONE_IN_AND_NOT_OUT } from './gone-in-and-not-come-out';
import { PORTUGUESE_SHUT_IN } from './shut-in-or-left-inside';
import { PORTUGUESE_NOTHING_LEFT_TO_LOSE } from './nothing-left-to-lose';
import { PORTUGUESE_COMING_BACK_FOR_EVERYONE } from './coming-back-to-kill-everyone';
import { PORTUGUESE_FIGHTS_AND_RUN_OVER } from './fights-with-objects-and-people-run-over';
import { PORTUGUESE_FLAME_BY_FUEL_AND_HEAT } from './flame-by-fuel-and-heat-sickness';
import { PORTUGUESE_FORKS_AND_LOADS } from './forks-and-loads';
import { PORTUGUESE_MACHINES_RUN_UNGUARDED } from './machines-run-unguarded';
import { PORTUGUESE_NOT_HARM_AT_WORK } from './not-harm-at-work';
import { PORTUGUESE_RETALIATION_FOR_COMPLAINTS } from './retaliation-for-complaints';
import { PORTUGUESE_TIME_FRAUD_CLOCKED } from './time-fraud-clocked';
import { ROMANCE_AN_END_MADE_READY } from './a-plan-for-it';
import { PORTUGUESE_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { FAMILY_TOO_OLD_ROMANCE } from './age-said-by-family';
import { PORTUGUESE_TIME_FRAUD } from './time-fraud';
import { PORTUGUESE_RETALIATION_THREATS } from './retaliation-threats';
import { PORTUGUESE_RETALIATION_IDIOMS } from './retaliation-said-as-an-idiom';
import { PORTUGUESE_SAID_BARE } from './said-in-haste-bare';
import { PORTUGUESE_BLOWS } from './blows-named';
import { PORTUGUESE_SAID_PLAINLY } from './said-plainly';
import { chemicalInEyes } from './chemical-in-eyes';
import { childAloneNear } from './child-alone';
import { cryForHelp } from './cry-for-help';
import { beatenAtGame } from './games';
import { rule, type UrgencyLanguage } from './types';
import { harmInCare, restrainedInCare } from './in-care';
import { outOfContact } from './lone-worker';
import { eitherOrder, inOneSentence } from './one-sentence';
import { drivenUnfit } from './unfit-vehicle';

/*
 * Portuguese, Brazilian and European, with or without accents ("segurança"
 * / "seguranca"). "Morrendo de rir", "esse prazo está me matando" and "foi
 * uma bomba" are idioms, not events.
 */
const HURT = String.raw`(?:matar|bater|espancar|esfaquear|furar|atirar|balear|quebrar|arrebentar|acabar com|dar um tiro|dar uma facada|pegar)`;

export const portuguese: UrgencyLanguage = {
  code: 'pt',
  name: 'Portuguese',
  script: 'latin',
  negation: String.raw`nao|nem|nunca|jamais|sem|nenhum|nenhuma|zero|nada de|ninguem`,
  benign: [
    // A talk, a meeting or a slogan about a harm, said in general (talks-about-a-harm.ts).
    ...PORTUGUESE_TALKS_ABOUT_A_HARM,
    // A harm named as what a campaign, a week or a policy is against (campaigns-against.ts).
    ...PORTUGUESE_CAMPAIGNS_AGAINST,
    // Pushed to study is encouragement (not-harm-at-work.ts).
    ...PORTUGUESE_NOT_HARM_AT_WORK,
    // Age teased by family, not an employer (age-said-by-family.ts).
    ...FAMILY_TOO_OLD_ROMANCE,
    // Tão boa que "está pegando fogo", "é um arraso": elogio (att28).
    String.raw`\b(?:ta |esta |tava )?pegando fogo de (?:tao|tanto que e|tanto que esta) (?:bo[ma]|gostos[oa]|lind[oa]|quente|forte)\b`,
    // An inspection label or date run out is paperwork to record, not a hazard in use (blind round 22).
    String.raw`\b(?:etiqueta|selo|data de (?:inspecao|revisao|validade)|inspecao|revisao)(?: \w+){0,3} (?:esta |ta )?(?:vencid[ao]|expirad[ao])\b|\b(?:vencid[ao]|expirad[ao]) (?:segundo|pela|pelo|conforme) (?:a |o )?(?:etiqueta|selo|data)\b`,
    // Vanishing on holiday or for a weekend is time off, not the wish to be gone for good (blind round 15).
    String.raw`\b(?:sumir|desaparecer) (?:\w+ ){0,2}(?:de ferias|nas ferias|no fim de semana|(?:uns|umas|alguns|dois|tres|\d+) (?:dias|semanas)|uma semana|um mes|pra praia|para a praia)\b`,
    // A prevention programme, poster or training named for suicide is a subject, not a report.
    String.raw`(?:campanha|formacao|treinamento|curso|cartaz|poster|semana|dia|programa|palestra|folheto)(?: \w+){0,2} (?:de|sobre) (?:a )?(?:prevencao|conscientizacao|sensibilizacao) (?:do|ao|da) (?:suicidio|automutilacao)|setembro amarelo`,
    // A party, a game or a group chat "pegando fogo" is lively, not burning (blind round 26).
    String.raw`\b(?:festa|festinha|balada|role|show|jogo|partida|grupo|chat|zap|torcida|pista|evento|happy hour|churrasco|confraternizacao|amigo secreto|reuniao|live|estadio|galera)\b[^.!?\n]{0,30}?\b(?:ta|esta|tava|estava|vai|ficou|fica)? ?pegando fogo\b(?![^.!?\n]{0,40}\b(?:bombeiros?|extintor|fumaca|saiam|socorro|gente presa|alguem preso)\b)`,
    // O ditado da fumaça e do fogo não é um incêndio.
    String.raw`onde (?:ha|tem) fumaca,? (?:ha|tem) fogo|nao (?:ha|tem) fumaca sem fogo`,
    // Cair da cadeira de tanto rir e queimar a torrada não são acidentes.
    String.raw`(?:quase )?(?:cai|caiu|caimos|cair) da (?:cadeira|mesa)\sde (?:tanto )?(?:rir|riso)|(?:queimei|queimou|queimaram|queimamos|queimad[oa]) (?:a|o|as|os|minha|meu|um|uma) (?:\w+ )?(?:torradas?|comida|arroz|pao|pizza|pipoca|bolo|cafe|leite|almoco|janta|jantar|marmita|feijao|macarrao|lasanha)`,
    // Names of training courses and of the ward someone works on, not reports.
    String.raw`(?:curso|formacao|treinamento|modulo|palestra|workshop) (?:\w+ ){0,2}(?:de|sobre|contra) (?:a |o )?(?:prevencao (?:a|ao|do|de) )?(?:assedio|discriminacao|violencia)\w*(?: moral| sexual)?`,
    String.raw`(?:morrendo|morro|morri|morta|morto|morrer) de (?:rir|fome|sono|frio|calor|vontade|vergonha|tedio|cansaco|saudade|inveja|medo de perder)`,
    String.raw`(?:esta|esta me|ta|ta me|estao|vai) (?:me )?matando|me mata de (?:rir|cansaco)`,
    String.raw`(?:matou|matamos|matar|mataram) (?:a fila|o tempo|a meta|a saudade|o servico|a charada)`,
    String.raw`(?:foi|e|era|sera) (?:uma |a )?bomba`,
    String.raw`(?:simulado|simulacao|treinamento|exercicio)s? de (?:incendio|evacuacao|abandono|emergencia)`,
    // 'Perigosamente bom' é elogio.
    String.raw`perigosamente (?:bo[am]s?|gostos[oa]s?|viciante|delicios[oa]s?|confortave(?:l|is)|perto do (?:fim de semana|almoco|feriado))`,
    // Ameaças de brincadeira com bolo ou música.
    String.raw`ameac\w* (?:com |de )?(?:trazer |fazer |cantar |levar )?(?:um |uma |o |a |mais )?(?:bolo|doces?|docinhos|brigadeiros?|biscoitos?|pizza|karaoke|musica|pagode|festa|piadas)`,
    // Um vídeo ou palestra sobre assédio nomeia um tema.
    String.raw`(?:video|apresentacao|politica|cartaz|cartilha|manual)(?: \w+){0,2} (?:de|sobre|contra) (?:o |a )?(?:prevencao (?:a|ao|do|de) )?(?:assedio|discriminacao|violencia)\w*(?: moral| sexual)?`,
    // Ganhar de alguém num jogo não é violência (games.ts): "meu chefe me ganhou no xadrez", "me deu uma surra no FIFA".
    beatenAtGame(
      String.raw`(?:me|nos|te|o|a|os|as) (?:ganhou|ganha|ganharam|venceu|vence|venceram|derrotou|derrota|deu uma surra|da uma surra|deram uma surra|destruiu|destroi|humilhou|massacrou|massacra|amassou|atropelou|ganou|gano)|(?:ganhou|ganha|ganharam|venceu) de (?:mim|nos)`,
      String.raw`no|na|nos|nas|em|jogando|a jogar`,
      String.raw`xadrez|pingue-?pongue|sinuca|bilhar|cartas|truco|domino|damas|videogames?|baralho|dardos|boliche|futebol de mesa|pebolim|toto|tenis de mesa|buraco|sueca`,
      String.raw`sala|clube|torneio|bar|mesa|partida`,
    ),
    // Uma coisa que "vai me matar" é queixa (hipérbole), não ameaça nem autolesão: "essa escala nova vai me matar",
    // "esses plantões tão me matando". Uma pessoa como sujeito ("meu ex vai me matar") é lida como antes.
    String.raw`\b(?:esse|essa|esses|essas|este|esta|estes|estas|o|a|os|as|meu|minha|meus|minhas|nosso|nossa)\s(?:(?:novo|nova|novos|novas|maldito|maldita) )?(?:escalas?|horarios?|trabalho|servico|turnos?|plantao|plantoes|jornadas?|reunioes|reuniao|e-?mails?|papelada|ritmo|semana|dia|mes|ano|noites?|transito|trajeto|onibus|escadas|sapatos|botas|pes|costas|joelhos|cafe|estresse|projeto|inventario|auditoria|barulho|musica|sistema|programa|computador|impressora|planilhas?|relatorios?|treinamento|prova|pedidos|caixas|fila|ligacoes|telefone|horas extras?|metas|uniforme|ar condicionado)(?: (?:de|do|da|dos|das)\s[\w-]+)?(?: (?:novo|nova|novos|novas))?\s(?:(?:vai|vao|ia|iam|ta|esta|tao|estao) )?(?:me|nos) (?:matar|matando|mata|matam)\b`,
  ],
  rules: [
    // Hours, tips and takings taken, safety records written false, children at work: one table a language
    // (pay-records-and-child-work-tables.ts).
    ...PAY_RECORDS_AND_CHILD_WORK.pt!,
    // Hazing: a newcomer tied, shut in, stripped or made to drink as a ritual (initiation-rituals.ts).
    ...PORTUGUESE_INITIATION_RITUALS,
    // Blows the rules below lacked (blows-named.ts).
    ...PORTUGUESE_BLOWS,
    // Ronda cega 25: andaime balançando ou cedendo com gente em cima ("o andaime tá balançando muito, dois caras lá em cima").
    rule(
      'safety',
      String.raw`\bandaimes? (?:\S+ ){0,3}(?:balanc\w*|tombando|inclinand\w*|cedendo|desabando|caindo|entortando)\b[^.!?\n]{0,60}\b(?:em cima|la em cima|gente|pessoal|caras|trabalhadores|alguem|colegas?)\b`,
    ),
    // Quem cuida batendo em quem é cuidado: "uma cuidadora bate nos idosos quando ninguém está olhando".
    rule(
      'harassment',
      String.raw`\b(?:cuidador(?:a|es|as)?|enfermeir[oa]s?|tecnic[oa]s?|funcionari[oa]s?|auxiliar(?:es)?|monitor(?:a|es|as)?|professor(?:a|es|as)?|ela|ele|elas|eles)\b (?:\w+ )?(?:bate|batem|belisca|beliscam|espanca|espancam|maltrata|maltratam|empurra|empurram|agride|agridem|chacoalha|sacode) (?:n[oa]s? |(?:os|as|o|a|uns|umas) )?(?:idos[oa]s?|residentes?|pacientes?|criancas?|bebes?|velhinh[oa]s?|internos?|alunos?)\b`,
    ),
    // Alguém que entrou num espaço confinado ou frio e não voltou: "o José entrou na câmara fria faz uma hora e não
    // voltou", "desceu no tanque e não responde".
    rule(
      'safety',
      String.raw`\b(?:entrou|desceu|subiu|foi|entraram|desceram) (?:\w+ ){0,2}(?:na|no|dentro d[oa]|pra|para a|para o|pro|ao|a) (?:camara fria|camara|freezer|silo|tanque|poco|fosso|cisterna|reservatorio|bueiro|esgoto|porao|telhado|container|vala)\b[^.!?]{0,60}\b(?:nao (?:voltou|saiu|responde|atende|apareceu)|sumiu|ninguem (?:viu|sabe))`,
    ),
    // Alguém passando mal no trabalho agora: não respira, convulsiona, infarto, engasgado, inconsciente, roxo.
    // "Quase tive um infarto quando vi a escala" é figura de linguagem.
    rule(
      'safety',
      String.raw`\b(?:nao (?:esta |ta |tá )?respira(?:ndo)?|parou de respirar|nao (?:consegue|conseguia) respirar|sem pulso|nao tem pulso|sem sinais vitais)\b(?! (?:bem|direito|fundo|com (?:calma|tanto trabalho))\b)|(?<!\b(?:quase|vou|vai|ia) )\b(?:(?:esta|ta|tá|tava|estava) (?:tendo|com) |teve |sofreu |deu (?:nele|nela) |(?:esta|ta) dando )(?:uma |um )?(?:convulsao|convulsoes|ataque (?:epileptico|cardiaco|do coracao|de asma)|infarto|enfarte|parada cardiaca|avc|derrame|crise (?:epileptica|convulsiva)|reacao alergica|choque anafilatico)\b(?! (?:quando|ao ver|de (?:rir|raiva)|ano passado|mes passado)\b)(?![^.!?]{0,40}\b(?:kkk+|rs|haha\w*|lol)\b)|\b(?:convulsionando|tremendo no chao|se debatendo no chao)\b|\b(?:(?:esta|ta|tá) engasgad[oa]|engasgando|se engasgou|(?:esta|ta) sufocando)\b(?! (?:de|com) (?:trabalho|dividas|tanto))|\b(?:esta|ta|tá|ficou|ficaram|encontramos|achamos|achei|estava) (?:ele |ela )?(?:inconsciente|desacordad[oa]|desmaiad[oa]|sem reacao|sem responder|apagad[oa])\b|\bperdeu (?:a consciencia|os sentidos)\b|\b(?:ficou|ficando|esta ficando|ta ficando|ficaram) (?:todo |toda )?(?:roxo|roxa|azul)\b|\blabios (?:roxos|azuis)\b`,
    ),
    // Uma arma onde não deveria estar, sem verbo: "uma arma no estacionamento", "facão no vestiário".
    rule(
      'threat',
      String.raw`\b(?:armas?(?: de fogo)?|revolver(?:es)?|pistolas?|facas?|facao|facoes|oitao|berro|trezoitao|espingardas?|fuzil|fuzis|canivete|peixeira)\b (?:esta |ta |tinha |escondid[oa] )?(?:no|na|nos|nas|em|dentro do|dentro da|perto do|perto da|atras do|atras da) (?:meu |minha |seu |sua |um |uma )?(?:\w+ )?(?:estacionamento|armarios?|vestiarios?|banheiros?|refeitorio|cantina|recepcao|portaria|guarita|catraca|entrada|portao|porta|almoxarifado|deposito|escritorio|corredor|patio|doca|loja|caixa|escada|elevador|carro|mochila|bolsa)\b(?![^.!?]{0,40}\b(?:cega|afiar|gaveta|lavar|curso|treinamento|de cola|de silicone)\b)`,
    ),
    // Símbolos de ódio e ameaças veladas.
    rule(
      'discrimination',
      String.raw`\b(?:penduraram|pendurou|deixaram|deixou|colocaram|colocou|acharam|achei|encontrei|tinha) (?:uma |outra )?(?:forca|corda de enforcado|laco de forca|no de forca)\b|\b(?:corda de enforcado|laco de forca|no de forca)\b|\b(?:suasticas?|svasticas?|cruz(?:es)? gamadas?)\b(?: \w+){0,3} (?:no|na|nos|nas|em) (?:meu|minha|seu|sua|o|a)? ?(?:\w+ )?(?:armario|porta|mesa|parede|banheiro|carro|capacete)|\b(?:desenharam|desenhou|pintaram|pintou|riscaram|riscou|picharam|pichou|gravaram|deixaram|desenhada|pintada|pichada) (?:uma |outra )?(?:suasticas?|svasticas?|cruz(?:es)? gamadas?)\b`,
    ),
    rule(
      'threat',
      String.raw`(?:^|[.!?] ?)(?:voce|vc|tu) (?:e|es|vai ser|sera) (?:o|a) (?:proximo|proxima)(?=\s*(?:$|[.!?,]))|\balgo (?:de )?(?:ruim|grave|terrivel|mau) (?:vai|pode|podia) (?:te |lhe )?acontecer\b|\bvai acontecer (?:algo|alguma coisa) (?:de )?(?:(?:ruim|grave|terrivel) )?(?:com (?:voce|vc|ele|ela|eles|elas|sua familia|seus filhos|teus filhos)|contigo)\b|\bseria uma pena se (?:o |a )?(?:seu|sua|teu|tua|seus|suas) (?:\w+ )?(?:carro|casa|familia|mulher|marido|filhos?|filhas?|moto|cara)\b|\b(?:voce|vc|tu) (?:ta|esta|e|tá) mort[oa] (?:na saida|depois do (?:turno|expediente)|hoje a noite|quando sair|la fora)\b`,
    ),
    // Someone here with a weapon now, said plainly ("ele tem uma arma", "um cara tá com uma faca"): no place needed.
    rule(
      'threat',
      String.raw`\b(?:ele|ela|eles|elas|um cara|uns caras|um homem|uma mulher|um sujeito|um cliente|o cliente|alguem|um funcionario|um colega|o ex dela|o ex dele)(?: \w+)? (?:tem|ta com|tá com|esta com|veio com|chegou com|apareceu com|entrou com|sacou|puxou) (?:uma |um )?(?:arma|faca|pistola|revolver|facao|peixeira|espingarda)\b(?! (?:de brinquedo|de agua|de pressao|de cozinha)\b)`,
    ),
    // A gun in street words ("um berro na cintura", "um oitão no carro"), read only when carried somewhere or brought.
    rule(
      'threat',
      String.raw`\b(?:com|trouxe|traz|anda com|andava com|ta com|esta com|puxou|sacou|mostrou|tem) (?:um |o |seu |uma )?(?:berro|oitao|trezoitao|treisoitao|pistola)\b(?= (?:na|no|em|dentro do|dentro da) (?:cintura|carro|mochila|bolsa|armario|bolso|caminhao|moto)| (?:hoje|amanha|pro trabalho|pra firma))`,
    ),
    // A fire reported as it burns ("fogo no galpão, evacuem"); a fire drill (simulado) is not.
    rule(
      'safety',
      String.raw`\bfogo (?:no|na|nos|nas) (?:galpao|deposito|cozinha|escritorio|fabrica|armazem|doca|predio|almoxarifado|oficina|setor|linha|maquina|caminhao|estoque|vestiario|banheiro)\b|(?<!simulado (?:de )?)\b(?:fogo|incendio|fumaca)\b[^.!?]{0,40}\b(?:evacuem|evacuar|saiam|todo mundo (?:pra|para) fora)\b`,
    ),
    // Violence against the writer in the present, the pronoun before or after the verb ("meu chefe me bate", "bate-me",
    // "me dá tapas"): only the past was read. "Bater o ponto", "o sol me bate", "me bate uma saudade" are not.
    rule(
      'threat',
      String.raw`(?<!(?:sol|calor|luz|vento|chuva|frio|sono|fome) )\b(?:me|nos) (?:bate|batem|batera|baterao|espanca|espancam|chuta|chutam|estapeia|estapeiam|esbofeteia|esbofeteiam|soca|socam|esgana|esganam|enforca|enforcam|agride|agridem|cospe|cospem)\b(?! (?:o ponto|ponto|o cartao|a porta|uma|um|a saudade|a fome|o sono|a tristeza|o desanimo|a vontade|papo|bola)\b)|\b(?:bate|batem|espanca|espancam|chuta|chutam|estapeia|soca|socam|esgana|agride|agridem|empurra|empurram)-(?:me|nos)\b|\b(?:me|nos) (?:da|dao|dava|davam|deu|deram|dara) (?:tapas|socos|chutes|pontapes|bofetadas|murros|empurroes|um tapa|um soco|um chute|um murro|uma bofetada|um empurrao|uma surra)\b|\bcosp\w+ (?:em mim|na minha cara|no meu rosto|em nos)\b`,
      { negatable: true },
    ),
    // Passar a mão, apalpar: tocar alguém sem permissão.
    rule(
      'harassment',
      String.raw`\b(?:passou|passa|passava|passaram|ficou passando) a mao\s(?:em mim|nela|nas|no meu|na minha)\b|\b(?:me|a) (?:apalpou|apalpa|apalpava|bolinou|bolina|encoxou|encoxa)\b`,
    ),
    // Dizer que sabe onde os filhos estudam ou a família mora, para intimidar.
    rule(
      'threat',
      String.raw`\bsabe (?:onde|em que escola)\s(?:meus|minha|meu|minhas) (?:filhos|filhas|filho|filha|familia|esposa|marido|pais) (?:estudam|estuda|moram|mora|vivem|vive)\b|\bsabe onde\s(?:estudam|estuda|moram|mora|vivem|vive) (?:meus|minha|meu|minhas) (?:filhos|filhas|filho|filha|familia)\b`,
    ),
    // Fumaça saindo de algo: fogo ou algo queimando agora.
    rule(
      'safety',
      String.raw`\b(?:saindo|sai|saiu|subindo|sobe|soltando|solta|soltou) (?:muita |uma )?fumaca\b|\bfumaca (?:preta |branca )?(?:saindo|sai|saiu|subindo|por todo lado|pra todo lado|em todo lugar)\b|\b(?:cheio|cheia) de fumaca\b|(?<!\bnao )\b(?:tem|ha) (?:muita )?fumaca (?:no|na|nos|nas|saindo|dentro|em|pelo|pela|por)\b|(?<!\bnao )\bha (?:muito )?fumo (?:no|na|nos|nas|a sair|dentro|em|pelo|pela|por)\b`,
    ),
    // Sangramento forte, sangue por todo lado.
    rule(
      'safety',
      String.raw`\b(?:sangrando|sangra|sangrava)\s(?:muito|demais|sem parar|pra caramba|bastante)\b|\b(?:muito sangue|sangue pra todo lado|sangue por todo lado|sangue por toda parte|poca de sangue|cheio de sangue|cheia de sangue|nao para de sangrar)\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:crianca|criancas|menino|menina|moleque|bebe|garotinho|garotinha|nenem)\b`,
        String.raw`sozinh[oa]s?|sem ninguem|sem supervisao|ninguem sabe de quem|perdid[oa]`,
        String.raw`carga|descarga|doca|empilhadeira|caminh(?:ao|oes)|carreta|maquina|armazem|galpao|patio|estacionamento|rua|producao|corredor|linha|obra|manobr`,
        'latin',
      ),
    ),
    // Rape and sexual abuse, said plainly ("ele me estuprou", "um estupro no depósito").
    rule(
      'harassment',
      String.raw`\bestupr\w*|\b(?:abuso|agressao|violencia|assedio) sexual\b|\babus(?:ou|aram|a|ando) sexualmente\b|\b(?:fui|foi) (?:violentad[ao]|abusad[ao])\b`,
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule(
      'safety',
      cryForHelp(String.raw`(?:por favor )?(?:socorro|ajuda|me ajudem|me ajuda|fogo|incendio|emergencia)`, 'latin'),
    ),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      String.raw`\b(?:homem|cara|sujeito|pessoa|cliente|individuo|homens|caras)s? armad[oa]s?\b|\b(?:tem|ha|vi) (?:um|uma|uns|dois) (?:atirador(?:es)?|homens? armados?)\b|\b(?:esta|estao|estava|estavam|comecou a|comecaram a) (?:atirando|disparando|a disparar|a atirar)\b|\b(?:tiros|disparos|tiroteio)\b|\b(?:tem|ha|deixaram|colocaram|acharam|achei) uma bomba\b|\bbomba (?:na|no|dentro|debaixo)\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:estao|esta|estava|estavam) (?:me |nos |a )?(?:batendo|espancando|agredindo|a bater|a espancar|enforcando|sufocando)(?: em| (?:um|uma|o|a|meu|minha) (?:\w+ )?(?:colega|funcionari[oa]))?\b|\b(?:bate|batem|espanca) (?:nas pessoas|nos funcionarios|nos colegas|em todo mundo|em (?:um|uma) colega)\b|\btent(?:ou|aram) me (?:enforcar|esganar|sufocar|esfaquear)\b`,
    ),
    rule(
      'harassment',
      String.raw`\b(?:drogaram|batizaram|colocaram algo n[oa]|puseram algo n[oa]) (?:minha |meu )?(?:bebida|copo|drink|cafe)\b|\bme drogaram\b|\bse exibiu (?:pra|para) mim\b|\bme (?:segue|seguiu) ate (?:em )?casa\b`,
    ),
    // Blind round 16: someone gone with the phone off, either order ("desapareceu depois do turno, o telefone está desligado").
    rule(
      'safety',
      String.raw`(?<!\b(?:ferias|de folga|doente|atestado)\b[^.!?\n]{0,120})(?![^.!?\n]{0,240}\b(?:ferias|de folga|doente|atestado)\b)(?:\b(?:(?:telefone|celular|telemovel)\w* (?:\w+ )?(?:esta |ta )?(?:desligado|sem sinal|fora de area|morto)|(?:nao|num) (?:atende|responde)(?: o telefone| as chamadas| ao telefone)?)\b[^.!?\n]{0,100}?\b(?:desapareceu|desaparecid[oa]s?|ninguem sabe onde (?:ele|ela) (?:esta|ta)|(?:nao|num) (?:esta|ta) em casa|(?:nao|num) (?:veio|apareceu) (?:trabalhar|ao trabalho|no turno))\b|\b(?:desapareceu|desaparecid[oa]s?|ninguem sabe onde (?:ele|ela) (?:esta|ta)|(?:nao|num) (?:esta|ta) em casa|(?:nao|num) (?:veio|apareceu) (?:trabalhar|ao trabalho|no turno))\b[^.!?\n]{0,100}?\b(?:(?:telefone|celular|telemovel)\w* (?:\w+ )?(?:esta |ta )?(?:desligado|sem sinal|fora de area|morto)|(?:nao|num) (?:atende|responde)(?: o telefone| as chamadas| ao telefone)?)\b)`,
    ),
    // Blind round 15: someone with dementia gone, told in either order ("un résident est sorti seul …, il a alzheimer").
    rule(
      'safety',
      eitherOrder(
        'latin',
        120,
        String.raw`demencia|alzheimer|desorientad[oa]s?`,
        String.raw`saiu sozinh[oa]|fugiu|sumiu|desapareceu|nao (?:conseguimos|consigo|conseguem|achamos) (?:o |a )?(?:encontrar|achar|encontra-lo|encontra-la)?|ninguem (?:o |a )?(?:acha|encontra)|esta na (?:estrada|rua|rodovia)`,
      ),
    ),
    // Blind round 15: someone in care threatened with no food, or bruised afresh again: abuse going on now.
    rule(
      'threat',
      String.raw`\b(?:cuidador|cuidadora|auxiliar|enfermeir[oa]|tecnic[oa])(?:es|as)?\b[^.!?\n]{0,80}?\b(?:sem|fica sem|ficar sem) (?:jantar|comida|comer|almoco|cafe|lanche)\b|\bhematomas (?:novos|frescos)\b[^.!?\n]{0,60}?\b(?:de novo|outra vez|toda)\b`,
    ),
    // Blind round 15: a child shut in a room, a toilet or a cupboard ("طفل محبوس في الحمام"), whoever locked it.
    rule(
      'safety',
      String.raw`\b(?:crianc[ao]s?|bebes?|menin[oa]s?|alun[oa]s?|pequen[oa]s?)\b[^.!?\n]{0,40}?\b(?:trancad[oa]s?|presas?|presos?)\b[^.!?\n]{0,40}?\bn[oa] (?:banheiro|casa de banho|quarto|sala|armario|despensa|porao)\b`,
    ),
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:acabo|acabar|vou acabar|quero acabar|acabaria|acabarei) com tudo\b(?! (?:isso|isto|este|esta|esse|essa|estes|essas|o|a|os|as|de|do|da|que)\b)|\b(?:dar|por|vou dar|vou por|quero dar|quero por) (?:um )?fim (?:a|em|na) (?:tudo|minha vida)\b(?! (?:isso|isto|este|esta|esse|essa|o|a|os|as|de|do|da)\b)|\b(?:quero|queria|vontade de|vou) (?:\w+ )?(?:sumir|desaparecer) (?:para sempre|pra sempre|deste mundo|de vez)\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:vou|quero) me (?:matar|suicidar)\b|\b(?:vou|quero) (?:sumir|partir) deste mundo\b|\bninguem (?:sentiria|ia sentir) (?:a )?minha falta\b`,
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    rule(
      'self-harm',
      String.raw`\bcartas? de (?:despedida|adeus|suicidio)\b|\bbilhetes? de (?:despedida|suicidio)\b|\bnao vou (?:estar|ficar) (?:aqui|por aqui) (?:muito tempo|por muito|mais)\b|\b(?:dei|doei|distribui|dando|doando) (?:todas )?(?:as )?(?:minhas) (?:coisas|roupas|pertences)\b`,
    ),
    rule(
      'self-harm',
      String.raw`suicid\w*|(?:(?<!\b(?:vai|vao|va|ia|iam|quer|querem|queria|queriam|tentou|tentaram|ameacou|ameacaram|pode|podia|vem|veio|promete|prometeu) )me|se) matar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a minha vida|minha vida|tudo)|(?:quero|vontade de|penso em|pensando em) (?:morrer|sumir (?:para sempre|de vez)|desaparecer para sempre)|nao (?:quero|aguento) mais viver|me (?:machucar|cortar|ferir) de proposito|automutila\w*`,
    ),

    rule(
      'threat',
      String.raw`(?:vai|vou|vamos|vao|ia|iam|quer|queria|disse que vai|ameacou) (?:te |o |a |os |as |me |nos )?${HURT}|ameac\w* (?:de morte|(?:de |com )?(?:matar|bater|voltar|vir|trazer|uma|um|sua|seu))|ameacas? de morte|ameaca de bomba`,
    ),
    rule(
      'threat',
      String.raw`(?:com|trouxe|sacou|mostrou|puxou|apontou|levou|voltar com|veio com) (?:uma |um |a |o |sua |seu )?(?:arma|revolver|pistola|faca|facao|canivete|espingarda|estilete)(?! (?:de cozinha|de pao))|(?:voltar|veio|vir|chegou|esta|estava|anda) armad[oa]s?`,
    ),
    rule(
      'threat',
      String.raw`brig\w* (?:com socos|de socos|fisica|feia|de faca)|socos?|socou|socaram|tapa na cara|chutes? (?:na|no|nas|nos)|pancadas? (?:na|no|nas|nos|em)|espanc\w*|(?:me|o|a|nos|os|as|lhe) (?:bateu|bateram|empurrou|empurraram|agrediu|agrediram|chutou|esfaqueou)|agredi\w*|agressao\w*|agressiv\w* com|violencia (?:fisica|no trabalho)`,
      { negatable: true },
    ),

    rule(
      'harassment',
      String.raw`assedi\w*|importun\w*|intimid\w*|retaliac\w*|represalias?|apalp\w*|bolin\w*|encox\w*`,
      { negatable: true },
    ),
    rule(
      'harassment',
      String.raw`(?:passando|passa|passou|passar) a mao (?:em|na|no|nas|nos)|(?:me|nos|as|a|la) (?:toca|tocou|tocava|agarra|agarrou|agarrava|beija|beijou|encurrala|encurralou|persegue|seguiu ate)\b(?! (?:a musica|o telefone|o sino|o alarme|a campainha|el |o turno|a vez|\w+(?:ar|er|ir)\b))|(?:mensagens?|fotos?|comentarios?|piadas?|propostas?|cantadas?|brincadeiras?|videos?|nudes|insinuac\w+|olhares?) (?:de cunho sexual|sexua\w*|obscen\w*|picant\w*|de baixo calao|indecent\w*|constrangedor\w*|inapropriad\w*)|(?:abuso|violencia|importunacao) sexual`,
    ),
    rule(
      'harassment',
      String.raw`(?:me|nos|os|as|a|o|lhe) (?!gritar\b(?!-(?:me|nos|lhe)\b| (?:com|comigo|contigo|connosco|conosco|na cara|ao|aos|as|os|a|o)\b))(?:humilha|humilhou|humilhava|xinga|xingou|xingava|grita|gritou|gritava|ofende|ofendeu|ameaca|ameacou|persegue)\w*|(?:humilh|xing|grit|ofend)\w* (?:com|na frente|em frente|todo mundo|a equipe|os funcionarios|as meninas)`,
    ),

    rule(
      'discrimination',
      String.raw`discrimin\w*|racis\w*|xenofob\w*|homofob\w*|transfob\w*|machis\w*|sexis\w*|misogin\w*|preconceit\w*|injuria racial`,
      { negatable: true },
    ),
    rule(
      'discrimination',
      String.raw`(?:por|porque) (?:ser|sou|e|somos|estou|estava|estar) (?:uma |um )?(?:mulher|negr[oa]s?|pret[oa]s?|gay|lesbica|trans|estrangeir[oa]s?|imigrante|gravida|velh[oa]|idos[oa]|muculman[oa]|deficiente|nordestin[oa]|mae)|por causa d[ao] (?:minha |sua |nossa )?(?:cor|raca|origem|idade|religiao|sotaque|gravidez|orientacao|deficiencia|nacionalidade|genero|sexo)|(?:so|somente|apenas) (?:promovem|contratam|sobem) (?:homem|homens|mulher|mulheres|branco|brancos)|(?:mulher|mulheres) nunca (?:sobe|sobem|e promovida|sao promovidas)|(?:ganh|receb)\w* menos (?:que|do que) (?:os )?(?:homens|brancos)|demitid[oa] (?:depois que|porque|quando) (?:contei que )?(?:estava|estou|fiquei) gravida|(?:estava|estou|fiquei) gravida[^.!?]{0,30}demitid[oa]|demitid[oa][^.!?]{0,40}gravida`,
    ),

    rule(
      'fraud',
      String.raw`fraud\w*|golpe (?:na empresa|nos clientes|no caixa)|propina\w*|suborn\w*|desvi\w* (?:de )?(?:dinheiro|verba|recursos|mercadoria|do caixa)|desviando|lavagem de dinheiro|caixa dois|corrupc\w*|superfatur\w*|peculato`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`(?:falsific|adulter|fraud|manipul|alter|maquia|forj)\w* (?:o |a |os |as |nosso |nossa )?(?:ponto|folhas? de ponto|registros?|horas|notas?|relatorios?|assinaturas?|documentos?|dados|inventario|estoque|planilhas?|cartao de ponto|batidas)|(?:ponto|registros?|notas?|assinaturas?|documentos?|relatorios?) (?:falsificad|adulterad|fraudad|forjad|fals)\w*`,
    ),
    rule(
      'fraud',
      String.raw`(?:roub|furt)\w* (?:o |a |os |as )?(?:dinheiro|mercadoria|produtos?|material|ferramentas?|combustivel|gorjetas?|do caixa|no caixa|da loja|do estoque|dos clientes|da empresa)|(?:roubos?|furtos?) (?:no|de|do|na) (?:caixa|estoque|loja|deposito|dinheiro)`,
    ),
    rule(
      'fraud',
      String.raw`(?:nao|nunca) (?:nos |me |lhes )?(?:pagam|pagou|pagaram|paga|estao pagando|recebemos|recebo|recebi) (?:as |os |o |a |nossas |nossos )?(?:horas extras?|extras|hora extra|salarios?|ferias|decimo terceiro|rescisao|adicional)`,
    ),
    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      String.raw`(?:obrig|forc|exig|pression)[\w-]* (?:[\w-]+ ){0,3}(?:a )?(?:fazer|trabalhar|ficar|vir)(?: \w+){0,4} (?:horas? extras?|extras|fins de semana|sabados|domingos)(?: \w+){0,3} (?:sem (?:pag|receb|remuner|ganh|compens)\w*|de graca|nao pag\w*|nao remunerad\w*)`,
    ),

    rule(
      'safety',
      String.raw`perigos\w*|insegur\w*|em perigo|risco (?:de vida|de morte|de acidente|de queda|de incendio|de explosao|de choque|para a saude)|problemas? de seguranca|seguranca zero|falta de seguranca|arriscad\w*`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:saidas?|portas?|rotas?|escadas?) (?:de )?(?:emergencia|incendio|fuga|evacuacao|seguranca)?[^.!?]{0,40}?(?:bloquead|trancad|fechad|obstruid|cadead|tampad|acorrentad|com cadeado|com corrente)\w*|(?:bloque|tranc|obstru)\w+ (?:a |as )?(?:saidas?|portas?) de (?:emergencia|incendio)`,
    ),
    rule(
      'safety',
      String.raw`(?:vazamento|cheiro|fedor|fedendo|cheirando) (?:forte )?(?:de |a )?(?:gas|amonia|produtos? quimicos?|quimico|cloro|combustivel|queimado|fumaca)|(?:fios?|cabos?) (?:eletricos? )?(?:desencapad|expost|solt|dando choque|pegando fogo)\w*|choque eletrico|levou (?:um )?choque|amianto|(?:jogando|despejando|jogam|despejam|jogou|despejou) (?:\w+ )?(?:produtos? quimicos?|quimicos?|oleo|veneno|residuos?)|(?:a gente|todo mundo|os funcionarios|varios|muitos|metade da equipe|o pessoal) (?:\w+ )?(?:passa|passam|passando|passou|ficou|ficam|fica|sentindo|sente) (?:mal|tontos?|tonteira|enjoo|dor de cabeca)|eletrocut\w*|curto-circuito|curto circuito|pegando fogo|(?:teve|houve|tem) (?:um )?incendio|incendio (?:no|na|em)`,
    ),
    rule(
      'safety',
      String.raw`sem (?:cinto de seguranca|cinto|capacete|luvas?|oculos|botas?|epi|epis|equipamentos? de protecao|protecao|guarda-corpo|linha de vida|freio|freios|treinamento|extintor|extintores|sinalizacao|ventilacao|kit de primeiros socorros)|(?:nao tem|nao ha|falta|faltam|sem) (?:\w+ )?(?:epi|epis|extintor\w*|kit de primeiros socorros|freio|freios|capacetes?|cinto)|(?:extintor\w*|freios?|alarme|guarda-corpo|escada|andaime|protecao da maquina) (?:vencid|quebrad|estragad|com defeito|nao funciona|removid|retirad)\w*`,
    ),
    rule(
      'safety',
      String.raw`quase (?:me |o |a |nos )?(?:atropel|esmag|eletrocut|caiu|cai|morr|mat|bat)\w*|(?:empilhadeira|paleteira|transpaleteira|guincho)[^.!?]{0,40}?(?:sem freio|atropel\w*|bat\w*|tomb\w*|capot\w*)|alguem (?:vai|pode) (?:se machucar|morrer|se ferir|cair|se acidentar|ser atropelad\w*)`,
    ),
    rule(
      'safety',
      String.raw`(?:se|me|nos) (?:cortou|queimou|machucou|feriu|acidentou|quebrou|cortei|queimei|machuquei|feri|eletrocutou|intoxicou)|(?:caiu|cairam) d[ao] (?:escada|andaime|telhado|empilhadeira|plataforma|caminhao)|ferid[oa]s?|machucad[oa]s?|acidentad[oa]s?|acidente (?:de trabalho|grave|feio)|(?:teve|sofreu|sofreram) (?:um )?acidente|ambulancia|samu|(?:levad|foi|ir|precisou ir)\w* (?:para |pro |ao |a )?(?:o )?(?:hospital|pronto-socorro|pronto socorro|upa)|queimadura\w*|desmai\w*|intoxicad\w*|insolacao`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:veio|chegou|estava|esta|trabalha|dirigindo|dirige|dirigia) (?:\w+ )?(?:bebado|bebada|embriagad\w+|drogad\w+|chapad\w+)`,
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule('threat', String.raw`sab(?:e|em) onde (?:eu )?(?:moro|moramos)`),
    rule(
      'self-harm',
      String.raw`(?:guardando|juntando|acumulando|guardei|juntei|estocando|tenho guardado) (?:os |meus |uns |alguns )?(?:remedios|comprimidos|calmantes|pilulas)|(?:seria|estariam|ficariam) (?:todos )?melhor sem mim|melhor (?:eu )?nao acordar`,
    ),
    rule(
      'discrimination',
      String.raw`(?:voltar|volta|volte|voltem|vai embora) (?:para|pra|pro) (?:a )?(?:sua terra|tua terra|terra dele|terra dela|seu pais|teu pais|o seu pais|o pais dele|a terra dele)`,
    ),
    rule(
      'harassment',
      String.raw`depois que (?:eu )?(?:recusei|disse nao|neguei|nao quis sair com ele)[^.!?]{0,80}(?:escalas?|turnos?|horarios|fala|conta|diz|espalha|puni|demit)\w*|(?:fala|diz|conta|espalha) (?:para todo mundo |pra todo mundo |para todos )?que eu sou (?:facil|vadia|piranha)`,
    ),
    rule(
      'fraud',
      String.raw`assinar (?:as |os |umas )?(?:fichas|folhas|formularios|relatorios|registros|laudos|checklists?)(?: de \w+)? em branco`,
    ),
    rule(
      'safety',
      String.raw`(?:prateleiras?|estantes?|porta-paletes|racks?|andaimes?|teto|vigas?|mezanino)[^.!?]{0,30}(?:envergand|entortad|tortas?|inclinad|rachad|cedendo|desaband|caindo)\w*|detectores? de fumaca[^.!?]{0,40}(?:sem pilha|desligad|tapad)\w*`,
    ),
    // Um método para tirar a própria vida.
    rule(
      'self-harm',
      String.raw`(?:me )?enforcar(?:-me)?|me enforc\w*|(?:me jog(?:ar|o|ei|ou|uei)|jogar-me|me atir(?:ar|o|ei|ou)|pul(?:ar|o|ei|ou)|salt(?:ar|o|ei|ou)) (?:da|do|de uma|de um|na frente do|na frente de um|embaixo do|debaixo do|no|na) (?:\w+ )?(?:ponte|predio|viaduto|janela|telhado|sacada|trem|metro|onibus|caminhao|rio|laje)|cortar (?:os )?pulsos|cortei (?:os )?pulsos`,
    ),
    // Horas lançadas para quem não estava: funcionários fantasmas, bater ponto pelos outros.
    rule(
      'fraud',
      String.raw`(?:funcionarios|empregados|trabalhadores|servidores) fantasmas?|(?:bate|bater|batendo|bateu|batem|marca|marcar|lanca|lancar|lancando|paga|pagar|pagando|registra)\w* (?:o |os )?(?:ponto|cartao|horas?(?: extras?)?|presenca)?(?: \w+){0,2} (?:pra|para|por|de|no nome de) (?:quem|gente|pessoas|colegas|funcionarios|amigos|parentes) (?:que )?(?:nao|nem|nunca) (?:veio|vieram|vem|trabalh\w*|estava\w*|apareceu|apareceram|foi|foram)`,
    ),
    // Negar trabalho ou promoção a um grupo inteiro.
    rule(
      'discrimination',
      String.raw`(?:nao|nunca|jamais) (?:contratam|contrata|promovem|promove|querem|quer|dao vaga (?:pra|para)) (?:a |as |os )?(?:mulheres|negros|negras|pretos|pretas|nordestinos|estrangeiros|imigrantes|haitianos|venezuelanos|bolivianos|gays|lgbt|gravidas|mulher com filho|maes|velhos|idosos|muculmanos)`,
    ),
    // Trabalhadores trancados no local de trabalho, sem poder sair.
    rule(
      'safety',
      String.raw`\b(?:nos|a gente|os funcionarios|os trabalhadores|as meninas|todo mundo) (?:\w+ )?(?:tranca\w*|trancou|trancaram|prende\w* (?:la )?dentro|fecha\w* (?:la )?dentro)\b|\btranca\w* (?:a gente|os funcionarios|os trabalhadores|todo mundo)\b|\b(?:ficamos|estamos|somos|fomos|ficam|sao|foram|a gente fica) (?:\w+ )?trancad[oa]s\b|\btrancad[oa]s (?:la )?dentro\b`,
    ),
    // Um perigo deixado no lugar: óleo derramado onde se passa, extintor vazio ou sumido, vazamento que voltou depois
    // do conserto.
    rule(
      'safety',
      String.raw`\b(?:oleo|graxa|gasolina|diesel|oleo diesel|combustivel|acido|soda|produtos? quimicos?|quimicos?|solvente|fluido \w+)\b (?:\w+ ){0,2}(?:derramad[oa]s?|espalhad[oa]s?|vazad[oa]s?|no chao|pelo chao|no piso|pelo piso)\b|\b(?:poca|mancha|rastro|lago) de (?:oleo|graxa|combustivel|gasolina|diesel|quimicos?|acido)\b|\b(?:derramou|derramaram|vazou|caiu|espalhou|tem|ta|esta) (?:\w+ )?(?:oleo|graxa|combustivel|diesel|quimicos?|acido) (?:\w+ ){0,3}(?:no|pelo|na|pela) (?:\w+ )?(?:chao|piso|corredor|rampa|escada|passagem|doca|entrada|saida)\b|\b(?<!(?:placas?|avisos?|cones?|sinaliza\w*|cuidado) (?:de |")?)(?:chao|piso|corredor|rampa|escada)\b (?:\w+ ){0,3}(?:escorregadi[oa]|liso que nem sabao|um sabao|ensaboado)\b(?![^.!?]{0,80}\b(?:gewischt|geputzt|wischen|schild|lavat\w*|cartell\w*|trapea\w*|trapead\w*|fregad\w*|mopp\w*|mop|lave|lavé|nettoy\w*|panneau\w*|cartel|limpia\w*|mojad\w*|pano|passou pano|placa|umyt\w*|myj\w*|tabliczk\w*|nilampaso|mop)\b)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\bextintor(?:es)?\b(?: \w+){0,5} (?:ta |tao |esta |estao |continua |segue )?(?:vazios?|descarregados?|vencidos?|sumiu|sumiram|sumidos?|desapareceu|desapareceram|roubados?|fora da validade|sem carga|(?:nao|num) (?:ta|esta|tem) mais (?:la|aqui|ali))\b|\b(?:tiraram|levaram|roubaram|sumiram com|falta|faltam|(?:nao|num) tem|cade) (?:o |os |um |nenhum )?(?:\w+ )?extintor(?:es)?\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:vazamento|vazamentos|goteira|infiltracao|escape)\b(?: \w+){0,4} (?:voltou|voltaram|volta|reapareceu)\b|\b(?:voltou|volta|comecou de novo) a (?:vazar|pingar|gotejar|escapar|sair (?:gas|agua|oleo|vapor))\b|\b(?:vazando|pingando|escapando gas) (?:\w+ )?(?:de novo|outra vez|novamente)\b|\b(?:depois|apesar) do (?:conserto|reparo|arrumado)\b[^.!?]{0,30}\b(?:vaz|ping|volt|escap|goteja)\w*`,
    ),
    // Um dedo ou uma mão cortados por máquina, um veículo que passa por cima de alguém, uma carga que cai em cima.
    rule(
      'safety',
      String.raw`\b(?:decepou|arrancou|amputou|esmagou|triturou|perdeu) (?:o |a |um |uma |dois |os |as |a ponta do )?(?:dedo|dedos|mao|braco|pe|ponta do dedo)\b|\b(?:empilhadeira|paleteira|caminhao|carrinho|trator|carreta|van)\b (?:\w+ ){0,3}(?:passou por cima|passou em cima|atropelou|atingiu|prensou|esmagou|pegou)\b|\bcaiu (?:\w+ ){0,4}em cima (?:do|da|de) (?:\w+ )?(?:colega|funcionari[oa]|rapaz|menino|menina|moca|ajudante|operador|estoquista|cara|senhor|senhora|motorista|dele|dela|mim|um|uma)\b|\b(?:cheio|cheia|coberto|coberta) de (?:oleo|graxa|combustivel|diesel)\b`,
    ),
    // Uma ameaça velada ligada à saída do turno: "você vai se arrepender depois do turno", "te pego lá fora, pode esperar".
    rule(
      'threat',
      String.raw`(?<!\b(?:se (?:voce |vc )?(?:nao|num) (?:for|vier)|churrasco|festa|happy hour|cerveja|breja|jogo|pizza|jantar|almoco|confraternizacao|bar|resenha|pelada)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:se (?:voce |vc )?(?:nao|num) (?:for|vier)|churrasco|festa|happy hour|cerveja|breja|jogo|pizza|jantar|almoco|confraternizacao|bar|resenha|pelada)\b)(?:(?:\b(?:vai|voce vai|vc vai|tu vai) se arrepender\b|\bvai me pagar\b|\bvai ver so\b|\b(?:voce|vc|tu) vai ver(?= ?[,.!]|$)|\bvai ter troco\b|\bvamos acertar as contas\b)[^.!?]{0,40}(?:\bna saida\b|\bla fora\b|\bdepois do (?:turno|expediente|servico|trabalho|plantao)\b|\bquando (?:voce |vc )?sair\b|\bno estacionamento\b)|(?:\bna saida\b|\bla fora\b|\bdepois do (?:turno|expediente|servico|trabalho|plantao)\b|\bquando (?:voce |vc )?sair\b|\bno estacionamento\b)[^.!?]{0,40}(?:\b(?:vai|voce vai|vc vai|tu vai) se arrepender\b|\bvai me pagar\b|\bvai ver so\b|\b(?:voce|vc|tu) vai ver(?= ?[,.!]|$)|\bvai ter troco\b|\bvamos acertar as contas\b)|\bte pego (?:la fora|na saida|no estacionamento)\b[^.!?]{0,30}\b(?:pode esperar|vai ver|se prepara)\b)`,
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:extintor(?:es)?)\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:oleo|graxa|diesel|combustivel|acido|quimicos?)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // O desejo de não estar aqui, dito sem a palavra: "seria melhor se eu não estivesse aqui".
    rule(
      'self-harm',
      String.raw`\b(?:seria |era |ia ser )?melhor (?:pra todo mundo |para todos |pra todos )?se eu (?:(?:nao|num) (?:estivesse|existisse|tivesse nascido|acordasse)|sumisse|morresse)\b|\b(?:todo mundo|todos|minha familia) (?:estaria|ficaria|viveria) melhor sem mim\b`,
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts): "a cuidadora bateu na idosa do quarto 4".
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`cuidador(?:a|es|as)?|auxiliar(?:es)?|enfermeir[oa]s?|tecnic[oa]s? de enfermagem|professor(?:a|es|as)?|monitor(?:a|es|as)?|educador(?:a|es|as)?|baba|ama|o (?:pai|padrasto) dele|a (?:mae|madrasta) dele|seu (?:pai|padrasto)|sua (?:mae|madrasta)`,
        harm: String.raw`(?:bateu|bate|batia|batem|bateram|agrediu|agride|esbofeteou|estapeou|deu (?:um tapa|uma bofetada|uma chapada|uma surra)|empurrou|empurra|sacudiu|beliscou|queimou|amarrou|amarra|prendeu|trancou|maltrat\w*)`,
        dependant: String.raw`(?:n[oa]s? |a |o |as |os |uma |um |ao |à )?(?:idos[oa]s?|resident[ea]s?|pacientes?|alun[oa]s?|crianc[ae]s?|bebes?|menin[oa]s?|senhor[a]? \w+|dona \w+|seu \w+|velhinh[oa]s?|avo|utentes?)`,
        passive: String.raw`\b(?:foi|foram|e|sao|era|levou) `,
        harmed: String.raw`(?:agredid|espancad|maltratad|empurrad|amarrad|queimad|trancad|esbofetead)[oa]s? (?:pel[oa]|por) (?:\w+ )?(?:cuidador|auxiliar|enfermeir|monitor|professor|tecnic)\w*`,
        harmsThem: String.raw`(?:bate|espanca|agride|queima) (?:nele|nela)|(?:o|a) (?:bate|espanca|agride)`,
      }),
    ),
    // A small child left alone for an hour or more: "o monitor deixou a criança sozinha na sala por mais de uma hora".
    rule(
      'safety',
      inOneSentence(
        'latin',
        60,
        String.raw`crianc[ae]s?|bebes?|menin[oa]s?|pequen[oa]s?|alun[oa]s?|miudos?`,
        String.raw`sozinh[oa]s?|so\b|sem vigilancia|sem ninguem`,
        String.raw`(?:durante |por |ha |mais de |quase |a )?(?:uma hora|(?:duas|tres|varias|\d+) horas|hora e meia|noite toda|tarde toda|toda a (?:noite|tarde|manha))`,
      ),
    ),
    // A resident with dementia not in their room, with a door open or at night (the English rule's twin).
    rule(
      'safety',
      String.raw`\b(?:demencia|alzheimer|desorientad[oa])\b[^.!?]{0,80}\bnao (?:esta|aparece) n[oa] (?:quarto|cama|jardim|sala)\b[^.!?]{0,120}(?:\bportas? (?:\w+ ){0,3}abert\w*|\b(?:frio|gelado|noite|escuro|chuva|neve|estrada|rua)\b)`,
    ),
    // A lone worker out of contact (lone-worker.ts): "o Rui não atende desde manhã, estava sozinho a verificar os tanques".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`nao (?:atende|responde|esta a atender|da sinal)\w*|(?:telefone|telemovel|celular)(?: dele| dela)? (?:(?:ta|esta|continua) )?(?:desligado|so da caixa|caixa postal)|(?:ninguem|nao) (?:o|a) consegue (?:contactar|encontrar|localizar)|nao (?:o|a) (?:conseguimos|consigo) (?:contactar|encontrar|localizar)`,
        // …or gone: vanished, not seen since, not home, their things left behind (blind round 14).
        String.raw`sozinh[oa]\b|(?:o )?(?:carro|carrinha|mota|moto|van) (?:dele|dela)? ?(?:ainda )?(?:esta|continua) (?:aqui|ali|estacionad[oa])|tanques?|cisternas?|reservatorios?|fossas?|silos?|poços?|pocos?|camara frigorifica|sumiu|desapareceu|ninguem (?:o|a) (?:viu|ve)|ninguem (?:viu|ve) (?:o|a) \w+|nao (?:voltou|chegou) (?:para|pra|a) casa|deixou (?:a mochila|o celular|o telemovel|as coisas|a bolsa)`,
        String.raw`de ferias|em casa|em reuniao|de baixa|de folga`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a bus or shuttle (unfit-vehicle.ts).
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`(?:travoes|travao|freios?) (?:\w+ ){0,4}(?:a falhar|falhando|falham|moles?|esponjosos?|nao (?:travam|funcionam|pegam)|gastos|avariados)|(?:motorista|condutor(?:a)?)(?: \w+){0,4} (?:esta |estava |ta )?(?:bebado|bebada|embriagad[oa]|bebad[oa]|drogad[oa]|chapad[oa])`,
        String.raw`passageiros|(?:criancas|alunos|gente|trabalhadores|funcionarios) (?:a bordo|dentro|no (?:autocarro|onibus|carro))|(?:autocarro|onibus|carrinha|van|transporte) (?:escolar|dos (?:funcionarios|trabalhadores)|cheio)|(?:seguir|conduzir|dirigir|andar|sair)(?: \w+){0,3} (?:mesmo assim|assim mesmo|na mesma)|mandaram-me seguir|mandaram(?: \w+)? seguir|continua a conduzir|continua dirigindo`,
      ),
    ),
    // Ronda cega 13: residentes, pacientes ou crianças amarrados à cama ou à cadeira pelo pessoal (in-care.ts): "os idosos
    // são amarrados na cama à noite", "amarram o seu João na cadeira".
    rule(
      'threat',
      restrainedInCare('latin', {
        dependant: String.raw`(?:os |as |o |a )?(?:residentes?|idos[oa]s?|velhinh[oa]s?|pacientes?|utentes?|internos?|criancas?|bebes?|alun[oa]s?|seu \w+|dona \w+|senhor \w+|senhora \w+)`,
        tiedTo: String.raw`(?:amarrad|atad|contid|imobilizad)[oa]s? (?:\w+ ){0,3}(?:na|nas|a|as|ao|no|nos|em|a sua|na sua) (?:\w+ )?(?:camas?|cadeiras?|poltronas?|grades?)`,
        tie: String.raw`amarram|amarra|amarravam|atam|ata|prendem|imobilizam`,
        furniture: String.raw`(?:na|nas|a|as|ao|no|nos|em) (?:\w+ )?(?:camas?|cadeiras?|poltronas?)`,
        bedridden: String.raw`\b(?:gripe|febre|doente|covid|virus)\b`,
      }),
    ),
    // Ronda cega 13: alguém que vem ao local para atacar as pessoas: "amanhã vem ao escritório matar quem cancelou a
    // conta dele", "vai vir na fábrica atirar em todo mundo". Não "matar o tempo", "bater o ponto".
    rule(
      'threat',
      String.raw`\b(?:vem|vira|virao|vir|chega|chegara|aparece|aparecer|volta|voltara|a caminho)\b(?: [\w'-]+){0,7}? (?:para |pra |e |a )?(?:(?:me|te|nos|os|as|o|a|lhe) )?(?:matar|mata|atirar em|atirar n[oa]s?|atira em|balear|esfaquear|esfaqueia|espancar|bater em|bater n[oa]s?|dar (?:um tiro|uns tiros|uma facada)|meter bala)\b(?! (?:o|a) (?:tempo|saudade|fome|sede|aula|fila|vontade)\b| (?:toda|todo|qualquer|o animo|a motivacao|a vontade|o tedio)\b| (?:as |os )?(?:pragas?|baratas|ratos|insetos|formigas|moscas|mosquitos|cupins|percevejos|ervas daninhas|virus|bacterias|germes)\b)`,
    ),
    // Ronda cega 17: um produto químico nos olhos (chemical-in-eyes.ts): "vazou produto químico no laboratório, duas pessoas
    // com os olhos queimando", "espirrou soda cáustica no olho do colega". Não os olhos a arder de olhar para o ecrã.
    rule(
      'safety',
      chemicalInEyes(
        String.raw`produtos? quimicos?|quimicos?|acido|soda caustica|lixivia|cloro|solvente|desengordurante|amoniaco|desinfetante|alvejante|agua sanitaria|corrosivos?`,
        String.raw`(?:no|nos|na|pro|pros|para o|para os|nos seus|no seu) (?:\w+ )?(?:olhos?|vista)`,
        String.raw`olhos? (?:\w+ ){0,3}(?:queimando|queimad[oa]s?|a arder|ardendo|ardem|arde|a queimar|queimam)|nao (?:consegue|consigo|conseguem) (?:ver|abrir os olhos)`,
        String.raw`para (?:que )?(?:nao|nunca)|para evitar|evit(?:e|ar|em)|se (?:cair|espirrar|entrar)|caso (?:caia|espirre|entre)|em caso de`,
      ),
      { negatable: true },
    ),
    // A fire named straight before its place, a cry for help with someone trapped, said in haste: "incêndio galpão 3", "SOCORRO linha 2 preso" (said-in-haste-bare.ts).
    ...PORTUGUESE_SAID_BARE,
    // A fire, water coming in or someone not back from a cold room, said plainly (said-plainly.ts, blind round 26).
    ...PORTUGUESE_SAID_PLAINLY,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...PORTUGUESE_FIRE_BACK_AND_LEFT_INSIDE,
    // Gone into a tank or a freezer and not come out, told over several sentences or texts (gone-in-and-not-come-out.ts).
    ...PORTUGUESE_GONE_IN_AND_NOT_OUT,
    // Shut in a cold room or a lift, or still inside, said as a detail (shut-in-or-left-inside.ts).
    ...PORTUGUESE_SHUT_IN,
    // Others will see what happens when they cross the writer, who has nothing to lose (./nothing-left-to-lose.ts).
    ...PORTUGUESE_NOTHING_LEFT_TO_LOSE,
    // A return promised and nobody left alive (./coming-back-to-kill-everyone.ts).
    ...PORTUGUESE_COMING_BACK_FOR_EVERYONE,
    // A fight with a bar or a pipe, a person run over, a child alone by machines (./fights-with-objects-and-people-run-over.ts).
    ...PORTUGUESE_FIGHTS_AND_RUN_OVER,
    // Fights in slang, violence promised on a firing, threats to whoever tells (u43b).
    ...PORTUGUESE_FIGHTS_IN_SLANG,
    ...PORTUGUESE_VIOLENCE_IF_FIRED,
    ...PORTUGUESE_WHOEVER_TELLS_THREATENED,
    ...PORTUGUESE_WARNED_OR_BEATEN,
    // A person down and still, or pinned and screaming, told by state (down-and-still.ts).
    ...PORTUGUESE_DOWN_AND_STILL,
    // A medical emergency told by two of its signs (signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts).
    ...PORTUGUESE_SIGNS_OF_A_BODY_IN_TROUBLE,
    ...PORTUGUESE_VESSELS_ABOUT_TO_BURST,
    ...PORTUGUESE_MACHINES_RUN_UNGUARDED,
    ...PORTUGUESE_FLAME_BY_FUEL_AND_HEAT,
    ...PORTUGUESE_FORKS_AND_LOADS,
    ...PORTUGUESE_TIME_FRAUD_CLOCKED,
    ...ROMANCE_AN_END_MADE_READY,
    ...PORTUGUESE_BRIBES_AND_FAKE_VENDORS,
    ...PORTUGUESE_BLOWS_TOLD,
    ...PORTUGUESE_BOMBS_BROUGHT_TO_WORK,
    ...PORTUGUESE_RETALIATION_FOR_COMPLAINTS,
    ...PORTUGUESE_TIME_FRAUD,
    ...PORTUGUESE_CARDS_CLOCKED_FOR_THE_ABSENT,
    // Discrimination told by who it was done to and why; theft dressed as a write-off; bad air with people ill and
    // damaged gear used anyway (who-they-are-held-against.ts, stock-written-off-and-taken.ts, bad-air-and-damaged-gear.ts).
    ...PORTUGUESE_WHO_THEY_ARE_HELD_AGAINST,
    ...PORTUGUESE_HIRING_LIMITS,
    ...PORTUGUESE_STOCK_WRITTEN_OFF_AND_TAKEN,
    // Fraud told without the word: kin's firms paid, accounts opened unasked, cash kept (fraud-without-the-word.ts).
    ...PORTUGUESE_FRAUD_WITHOUT_THE_WORD,
    ...PORTUGUESE_BAD_AIR_AND_DAMAGED_GEAR,
    // Tools and safeguards damaged and used anyway, and stalking (buried39: damaged-tools-used-anyway.ts, followed-home-and-tracked.ts).
    PORTUGUESE_DAMAGED_TOOLS_USED_ANYWAY,
    // An electric shock from a machine told by what it does to whoever touches it (att43: shocks-from-gear.ts).
    PORTUGUESE_SHOCKS_FROM_GEAR,
    // A people kept off a post by a boss's word (people-kept-off-a-post.ts).
    PORTUGUESE_PEOPLE_KEPT_OFF_A_POST,
    // A hazard beside a boss's pressure to work on with it reads both (att43: hazard-and-pushed-to-work.ts).
    ...PORTUGUESE_HAZARD_AND_PUSHED_TO_WORK,
    // Danger told by what was heard, an exit locked on shift, a shock told by a numb hand, someone down a hole
    // and silent (att43, u44a: blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts,
    // down-a-hole-and-silent.ts).
    ...PORTUGUESE_BLASTS_HEARD_WITH_SOMEONE_THERE,
    PORTUGUESE_EXITS_LOCKED_ON_SHIFT,
    PORTUGUESE_NUMB_AFTER_A_SHOCK,
    // Heat illness told by its signs (att43, u44a: heat-told-by-its-signs.ts).
    PORTUGUESE_HEAT_TOLD_BY_ITS_SIGNS,
    ...PORTUGUESE_FOLLOWED_HOME_AND_TRACKED,
    ...PORTUGUESE_RETALIATION_THREATS,
    ...PORTUGUESE_RETALIATION_IDIOMS,
    ...ROMANCE_SILENCED,
    ...PORTUGUESE_TELLERS_THREATENED,
    // Someone waiting for the writer, the harm said as its aim (waiting-to-hurt-the-writer.ts).
    ...PORTUGUESE_WAITING_TO_HURT,
    // Someone armed, waiting on the site or at its edge (armed-and-waiting.ts).
    ...PORTUGUESE_ARMED_AND_WAITING,
    // Kept from calling for help on pain of the job (calls-for-help-forbidden.ts).
    ...PORTUGUESE_CALLS_FOR_HELP_FORBIDDEN,
    ...ROMANCE_REPORTERS_HUNTED,
    ...ROMANCE_REPORTERS_HUNTED_BY_METHOD,
    ...ROMANCE_ARMED_ROBBERY,
    ...PORTUGUESE_FALSE_SAFETY_RECORDS,
    ...PORTUGUESE_KILL_AFTER_FIRING,
    ...FIRED_THEN_KILL.pt,
  ],
};
