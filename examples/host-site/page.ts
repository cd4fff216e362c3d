/** Northwind Cloud's page: its own header, sign-in form and look, with Portico widgets in one section. */

export interface Visitor {
  email: string;
  name: string;
  company: string;
  role: string;
}

/** Demo people of the demo tenant who may sign in to Northwind's site (its own accounts, in real life). */
export const VISITORS: readonly Visitor[] = [
  { email: 'alice@acme.example', name: 'Alice Owner', company: 'Acme Resellers', role: 'Partner administrator' },
  { email: 'sam@acme.example', name: 'Sam Seller', company: 'Acme Resellers', role: 'Salesperson' },
  { email: 'chloe@globex.example', name: 'Chloé Commerciale', company: 'Globex Intégration', role: 'Salesperson' },
];

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function header(visitor: Visitor | null): string {
  const account = visitor
    ? `<div class="account"><span class="who"><strong>${escape(visitor.name)}</strong><small>${escape(visitor.company)}</small></span>
        <form method="post" action="/logout"><button class="link-button" type="submit">Sign out</button></form></div>`
    : '';
  return `<header class="topbar">
  <a class="brand" href="/"><img src="/logo.svg" alt="" width="32" height="32"><span>Northwind<em>Cloud</em></span></a>
  <nav aria-label="Northwind">
    <a href="/">Products</a><a href="/">Pricing</a><a href="/">Docs</a><a href="/" aria-current="page">Partners</a>
  </nav>
  ${account}
</header>`;
}

function signInForm(error: string | null): string {
  const options = VISITORS.map((v) => `<label class="visitor"><input type="radio" name="email" value="${escape(v.email)}" required>
      <span><strong>${escape(v.name)}</strong><small>${escape(v.role)} · ${escape(v.company)}</small></span></label>`).join('\n');
  return `<section class="hero">
    <p class="eyebrow">Partner area</p>
    <h1>Sell Northwind Cloud with us.</h1>
    <p class="lede">Sign in with your Northwind account to see your partner profile and certifications.</p>
  </section>
  <section class="card sign-in" aria-labelledby="sign-in-title">
    <h2 id="sign-in-title">Sign in to Northwind</h2>
    <p class="hint">This demo site has no passwords: choose who you are.</p>
    ${error ? '<p class="error" role="alert">Choose one of the accounts below.</p>' : ''}
    <form method="post" action="/login">
      <fieldset><legend>Account</legend>${options}</fieldset>
      <button class="primary" type="submit">Sign in</button>
    </form>
  </section>`;
}

/**
 * What the partner area shows. Northwind serves the training pages at the same paths as Portico's
 * portal (`/training/<module id>`, `/training/certifications`), so the links inside the widgets
 * lead to Northwind's own pages without any script.
 */
export type PartnerView = { kind: 'home' } | { kind: 'module'; moduleId: string } | { kind: 'certifications' };

function partnerWidgets(view: PartnerView): string {
  if (view.kind === 'module') {
    return `<p class="back"><a href="/">← Partner area</a></p>
    <section class="card" aria-label="Training module">
      <portico-training-module module-id="${escape(view.moduleId)}"></portico-training-module>
    </section>`;
  }
  if (view.kind === 'certifications') {
    return `<p class="back"><a href="/">← Partner area</a></p>
    <section class="card" aria-label="Certifications">
      <portico-certifications></portico-certifications>
    </section>`;
  }
  return `<div class="widgets">
      <section class="card" aria-label="Training">
        <portico-training-catalog></portico-training-catalog>
      </section>
      <section class="card" aria-label="Profile">
        <portico-profile></portico-profile>
      </section>
    </div>`;
}

function partnerArea(visitor: Visitor, porticoUrl: string, view: PartnerView): string {
  const first = visitor.name.split(' ')[0];
  // The widgets bring their own headings. They talk to Portico with bearer tokens that embed.js fetches from this site's backend.
  return `<section class="hero">
    <p class="eyebrow">Partner area</p>
    <h1>Good to see you, ${escape(first)}.</h1>
    <p class="lede">Your certifications and your partner profile, straight from the Northwind partner programme.</p>
  </section>
  <portico-provider base-url="${escape(porticoUrl)}" auth="bearer" scheme="light">
    ${partnerWidgets(view)}
  </portico-provider>`;
}

export function renderPage(input: { visitor: Visitor | null; porticoUrl: string; error: string | null; view?: PartnerView }): string {
  const { visitor, porticoUrl } = input;
  // embed.js first: module scripts run in order, so the token provider is set before the provider loads.
  const scripts = visitor
    ? `<script type="module" src="/embed.js"></script>
<script type="module" src="${escape(porticoUrl)}/portico/portico.js"></script>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partners · Northwind Cloud</title>
<link rel="stylesheet" href="/site.css">
<link rel="icon" href="/logo.svg">
${scripts}
</head>
<body>
${header(visitor)}
<main>
${visitor ? partnerArea(visitor, porticoUrl, input.view ?? { kind: 'home' }) : signInForm(input.error)}
</main>
<footer class="site-footer"><p>© Northwind Cloud, a fictional vendor. The partner area is embedded from Portico.</p></footer>
</body>
</html>
`;
}
