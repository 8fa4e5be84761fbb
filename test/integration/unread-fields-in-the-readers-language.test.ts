import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishIn } from '../support/english-leaks';
import { startTestStack, tempDataDir } from '../support/local-stack';

// Reported: a report refused for a field the service does not read ("comment", where words may be) said which
// field, that it was not saved and whom to call in English only; in Spanish and French it said "part of what was
// sent could not be read", which names nothing to put right, and the form's page said the same. Each now says,
// in the reader's language, which fields were refused and which are read, that nothing was saved, and whom to
// call in danger; the form's page says it without the fields' names, which nobody at the form chose.

interface Refusal {
  error: { code: string; message: string; issues: { path: string; message: string }[]; emergency?: string };
}

const EXPECTED = {
  es: {
    message:
      'El mensaje trae campos que este servicio no lee ("comment" y "urgente"), así que no se ha aceptado: ponga todo lo que quiera decir en "text" (los campos que se leen son "text", "site", "topic", "escalate" y "aboutManagement"). Su mensaje NO se ha guardado. Si usted u otra persona corre peligro ahora, llame al 911.',
    issue: '"comment" no es un campo que este servicio lea: ponga lo que quiera decir en "text".',
    form: 'Esta página envió algo que el servicio no lee, así que su opinión NO se ha guardado.',
  },
  fr: {
    message:
      'Le message contient des champs que ce service ne lit pas ("comment" et "urgente") : il n’a donc pas été accepté. Mettez tout ce que vous voulez dire dans "text" (les champs lus sont "text", "site", "topic", "escalate" et "aboutManagement"). Votre message n’a PAS été enregistré. Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez le 911.',
    issue: '"comment" n’est pas un champ que ce service lit : mettez ce que vous voulez dire dans "text".',
    form: 'Cette page a envoyé quelque chose que le service ne lit pas : votre avis n’a donc PAS été enregistré.',
  },
};

describe('a report with fields the service does not read, refused in the reader’s language', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    stack = await startTestStack({
      dataDir: dataDir.path,
      logger: new Logger({ serviceName: 'unread-fields', logLevel: 'SILENT' }),
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it.each(['es', 'fr'] as const)(
    'Should name the refused fields, say NOT saved and whom to call, in %s',
    async (language) => {
      const res = await fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': language },
        body: JSON.stringify({ text: 'ok', comment: 'Hay fuego en la nave 3', urgente: true }),
      });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as Refusal;
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(EXPECTED[language].message);
      expect(error.issues.map((i) => i.path)).toEqual(['comment', 'urgente']);
      expect(error.issues[0]!.message).toBe(EXPECTED[language].issue);
      expect(error.emergency).toMatch(/911/);
      expect(englishIn([error.message, ...error.issues.map((i) => i.message)].join(' '), [])).toEqual([]);
    },
  );

  it.each(['es', 'fr'] as const)(
    'Should tell the form’s page in %s that nothing was saved and the words are kept',
    async (language) => {
      const res = await fetch(`${stack.urls.app}/feedback?lang=${language}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ text: 'La salida está bloqueada', comment: 'otra vez' }).toString(),
      });
      expect(res.status).toBe(400);
      const page = (await res.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(page).toContain(EXPECTED[language].form);
      expect(page).toContain('La salida está bloqueada');
      expect(page).not.toContain('comment');
    },
  );
});
