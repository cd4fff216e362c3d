// Northwind's own page script: hands Portico's widgets the embed tokens that Northwind's backend
// mints for the signed-in visitor. The SDK calls this again shortly before a token expires, and
// after Portico refuses one, so the page never handles expiry itself.
const provider = document.querySelector('portico-provider');

if (provider) {
  provider.tokenProvider = async () => {
    const response = await fetch('/api/portico-token', { method: 'POST', headers: { accept: 'application/json' } });
    if (response.status === 401) {
      // Signed out of Northwind (in another tab, or the session ended): back to Northwind's sign-in.
      window.location.assign('/');
      throw new Error('Signed out of Northwind');
    }
    if (!response.ok) throw new Error(`No Portico token (${response.status})`);
    return response.json(); // { token, expiresAt }
  };
  provider.addEventListener('portico-error', () => {
    provider.dataset.state = 'unavailable';
  });
}
