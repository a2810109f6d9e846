// ESLint rule `cchc/data-layer-scope`: every exported function of lib/data that reads or writes
// (async, returning a Promise, or wrapped by React's cache) shows its scope in its signature:
//   - it takes the viewer first: `(viewer, …)`, or `(tx, viewer, …)` for a write inside the
//     action wrapper's transaction — and puts the viewer's scope into its `where`;
//   - or it is named `unsafe…` and its comment says where its scope was checked (a "Scope:" line);
//   - or it lives under a folder that says it is province-wide data (lib/data/province/), which
//     eslint.config.mjs leaves out of this rule.
// Synchronous exports (SQL fragments, pure helpers) cannot touch the database and are not checked.

/** @typedef {import("eslint").Rule.RuleModule} RuleModule */

const WRITE_HANDLES = new Set(["tx", "db"]);

/** The parameter's name, looking through a default value (`db = getDb()`). */
function paramName(param) {
  if (!param) return null;
  if (param.type === "Identifier") return param.name;
  if (param.type === "AssignmentPattern" && param.left.type === "Identifier") return param.left.name;
  return null;
}

function takesViewerFirst(fn) {
  const [first, second] = fn.params.map(paramName);
  return first === "viewer" || (first !== null && WRITE_HANDLES.has(first) && second === "viewer");
}

function returnsPromise(fn) {
  const annotation = fn.returnType?.typeAnnotation;
  return annotation?.type === "TSTypeReference" && annotation.typeName.type === "Identifier" && annotation.typeName.name === "Promise";
}

const isFunction = (node) => node?.type === "ArrowFunctionExpression" || node?.type === "FunctionExpression";

/** @type {RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Exported data-layer functions take the viewer first, or are named unsafe… with a Scope: comment" },
    schema: [],
    messages: {
      noViewer:
        "`{{name}}` takes no viewer: take `viewer` first (`tx, viewer` for a write) and scope the `where` by it, name it `unsafe…` with a \"Scope:\" comment, or move it to lib/data/province/ (province-wide reference data).",
      unsafeWithoutScope: "`{{name}}` is unsafe: its comment must say where its scope was checked, in a line starting with \"Scope:\".",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    function check(exported, name, fn, wrapped) {
      if (!(fn.async || wrapped || returnsPromise(fn))) return;
      if (name.startsWith("unsafe")) {
        const comments = sourceCode.getCommentsBefore(exported);
        if (!comments.some((comment) => /\bScope:/.test(comment.value))) {
          context.report({ node: fn, messageId: "unsafeWithoutScope", data: { name } });
        }
        return;
      }
      if (!takesViewerFirst(fn)) context.report({ node: fn, messageId: "noViewer", data: { name } });
    }

    return {
      ExportNamedDeclaration(node) {
        const declaration = node.declaration;
        if (!declaration) return;
        if (declaration.type === "FunctionDeclaration" && declaration.id) {
          check(node, declaration.id.name, declaration, false);
          return;
        }
        if (declaration.type !== "VariableDeclaration") return;
        for (const declarator of declaration.declarations) {
          if (declarator.id.type !== "Identifier") continue;
          const init = declarator.init;
          if (isFunction(init)) check(node, declarator.id.name, init, false);
          else if (init?.type === "CallExpression" && isFunction(init.arguments[0])) check(node, declarator.id.name, init.arguments[0], true);
        }
      },
    };
  },
};

export default rule;
