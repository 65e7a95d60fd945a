import { type ASTVisitor, type FragmentDefinitionNode, GraphQLError, Kind, type SelectionSetNode, type ValidationContext } from 'graphql';

export interface OperationLimits {
  /** Deepest nesting (agency → work → agency → … could otherwise ask for unbounded work). */
  maxDepth: number;
  /** Most fields in one operation, fragments expanded (hundreds of aliases in one request otherwise). */
  maxFields: number;
}

interface Measure {
  depth: number;
  fields: number;
}

/** Refuses operations deeper or wider than the limits, before anything runs. */
export function operationLimitsRule({ maxDepth, maxFields }: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const measure = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): Measure => {
      const total: Measure = { depth, fields: 0 };
      if (!selectionSet) return total;
      for (const selection of selectionSet.selections) {
        let inner: Measure | undefined;
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          inner = measure(selection.selectionSet, depth + 1, seen);
          inner.fields += 1;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = measure(selection.selectionSet, depth, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment that spreads itself is graphql-js's own error to report.
          if (fragment && !seen.has(name)) inner = measure(fragment.selectionSet, depth, new Set([...seen, name]));
        }
        if (inner) {
          total.depth = Math.max(total.depth, inner.depth);
          total.fields += inner.fields;
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const { depth, fields } = measure(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`Frågan är för djupt nästlad (${depth} nivåer, högst ${maxDepth}). / Query too deep.`, { nodes: [operation] }));
        }
        if (fields > maxFields) {
          context.reportError(new GraphQLError(`Frågan begär för många fält (${fields}, högst ${maxFields}). / Query too wide.`, { nodes: [operation] }));
        }
      },
    };
  };
}
