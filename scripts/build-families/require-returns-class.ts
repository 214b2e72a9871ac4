import ts from "typescript";

/**
 * `require("@runapi.ai/<family>")` returns the client class itself, as openai's and replicate's packages do, with
 * every export of the package on it too (`RunAPI.RunAPI`, `RunAPI.ValidationError`, `RunAPI.default`, ...), so
 * `new (require("@runapi.ai/flux-2"))(key)` works; `import` is left as it is, so an ESM app still loads only what
 * it uses. tsup writes a package's CommonJS entry and its declarations with named exports, as it writes the ESM
 * ones; after the build these two functions give them that shape.
 */

/** `dist/index.cjs`: `module.exports` becomes the default export (the class), every named export copied onto it. */
export function classAsModuleExports(code: string): string {
  if (code.includes(MODULE_EXPORTS)) return code;
  if (!/^exports\.default = /m.test(code)) {
    throw new Error("the CommonJS entry has no default export: the client class is its default export");
  }
  return `${code.trimEnd()}\n${MODULE_EXPORTS}\n`;
}

const MODULE_EXPORTS =
  "// require() returns the client class, with every export of the package on it.\n" +
  "module.exports = Object.assign(exports.default, exports);";

/**
 * `dist/index.d.cts`: the same, declared. The named exports tsup lists at the end become a namespace merged into
 * the class, and `export =` the class; what a module re-exports whole (`export * from "@runapi.ai/core"`) is
 * imported name by name (`exportsOf` lists a module's export names) and exported from that namespace too, except
 * the names the package exports itself, which win as they do in ESM.
 */
export function classAsExportAssignment(
  declarations: string,
  exportsOf: (specifier: string) => readonly string[],
): string {
  const file = ts.createSourceFile("index.d.cts", declarations, ts.ScriptTarget.Latest, true);
  if (file.statements.some(ts.isExportAssignment)) return declarations;
  const own: ts.ExportSpecifier[] = [];
  const reexported: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement)) {
      if (isExported(statement))
        throw new Error(`unexpected export in the declarations: ${statement.getText(file)}`);
      continue;
    }
    const { exportClause, moduleSpecifier } = statement;
    if (!exportClause && moduleSpecifier && ts.isStringLiteral(moduleSpecifier)) {
      reexported.push(moduleSpecifier.text);
    } else if (exportClause && ts.isNamedExports(exportClause) && !moduleSpecifier) {
      own.push(...exportClause.elements);
    } else {
      throw new Error(`unexpected export in the declarations: ${statement.getText(file)}`);
    }
    edits.push({ start: statement.getStart(file), end: statement.end, text: "" });
  }
  const target = own.find((specifier) => specifier.name.text === "default");
  const className = (target?.propertyName ?? target?.name)?.getText(file);
  const isClass = file.statements.some(
    (statement) => ts.isClassDeclaration(statement) && statement.name?.text === className,
  );
  if (!className || !isClass) {
    throw new Error("the declarations export no class as default: the client class is their default export");
  }
  const taken = new Set(
    own.flatMap((specifier) => [specifier.name.text, specifier.propertyName?.getText(file)]),
  );
  const members = own.map((specifier) => specifier.getText(file).replace(/^type\s+/, ""));
  const bound = topLevelNames(file);
  const imports = reexported.flatMap((specifier) => {
    const imported = importedFrom(file, specifier);
    const added: string[] = [];
    for (const name of exportsOf(specifier)) {
      if (taken.has(name)) continue;
      taken.add(name);
      let local = imported.get(name);
      if (!local) {
        local = name;
        for (let n = 1; bound.has(local); n++) local = `${name}$${n}`;
        bound.add(local);
        added.push(local === name ? name : `${name} as ${local}`);
      }
      members.push(local === name ? name : `${local} as ${name}`);
    }
    return added.length ? [`import { ${added.join(", ")} } from ${JSON.stringify(specifier)};`] : [];
  });
  let text = declarations;
  for (const { start, end, text: replacement } of edits.reverse()) {
    text = text.slice(0, start) + replacement + text.slice(end);
  }
  return `${imports.join("\n")}${imports.length ? "\n" : ""}${text.trim()}

/** What \`require()\` returns: the client class, with every export of the package on it. */
declare namespace ${className} {
    export { ${members.join(", ")} };
}
export = ${className};
`;
}

/** The names a file binds at its top level: its imports and its declarations. */
function topLevelNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        names.add(declaration.name.getText(file));
    } else {
      const name = (statement as { name?: ts.Node }).name;
      if (name && ts.isIdentifier(name)) names.add(name.text);
    }
  }
  return names;
}

/** What the file already imports by name from `specifier`: each export's name, and the local name it has here. */
function importedFrom(file: ts.SourceFile, specifier: string): Map<string, string> {
  const imported = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    if (!ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== specifier)
      continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if (!element.isTypeOnly) imported.set((element.propertyName ?? element.name).text, element.name.text);
    }
  }
  return imported;
}

/** The names a bundled declaration file exports: its `export { ... }` lists, with or without `from`. */
export function exportedNames(declarations: string): string[] {
  const file = ts.createSourceFile("index.d.ts", declarations, ts.ScriptTarget.Latest, true);
  return file.statements.flatMap((statement) => {
    if (!ts.isExportDeclaration(statement)) {
      if (!isExported(statement)) return [];
      if (ts.isVariableStatement(statement)) {
        return statement.declarationList.declarations.map((declaration) => declaration.name.getText(file));
      }
      const name = (statement as { name?: ts.Node }).name;
      if (name && ts.isIdentifier(name)) return [name.text];
      throw new Error(`unexpected export in the declarations: ${statement.getText(file)}`);
    }
    if (!statement.exportClause) {
      throw new Error(`unexpected export * in the declarations: ${statement.getText(file)}`);
    }
    return ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map((specifier) => specifier.name.text)
      : [statement.exportClause.name.text];
  });
}

function isExported(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  );
}
