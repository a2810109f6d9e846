// The one function the security suite uses from React's Flight client that Next.js ships
// (compiled, without types): how a browser encodes a server action's arguments.
declare module "next/dist/compiled/react-server-dom-turbopack/client.node.js" {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
