// A flood of redaction previews from a process of its own (so its clients' CPU is not the stack's): WIDTH
// keep-alive clients, each posting again as soon as answered; prints how many were answered, once a second.
const [url, width] = [process.argv[2], Number(process.argv[3] ?? 8)];
const text =
  'Lee Marsh told Dana Smith at the plant 2 canteen that the night shift rota is unfair and nobody listens. '.repeat(
    12,
  );
let answered = 0;
const client = async () => {
  for (;;) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text }),
      });
      await res.arrayBuffer();
      answered += 1;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
};
for (let i = 0; i < width; i += 1) void client();
setInterval(() => process.stdout.write(`${answered}\n`), 1000);
