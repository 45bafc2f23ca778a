export function newSigningKeyJwk(now?: Date): {
  kty: string;
  crv: string;
  x: string;
  y: string;
  d: string;
  kid: string;
  alg: "ES256";
  use: "sig";
};
