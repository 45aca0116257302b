import {
  buildASTSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLObjectType,
} from 'graphql';

/**
 * Reads a subgraph's printed SDL (`schema/<name>.graphql`, federation directives and all) as a
 * schema to walk; the SDL is trusted (it is the committed, composed one), so it is not validated.
 * @param sdl - the subgraph's SDL
 * @returns a lookup of its object types by name
 * @throws Error when the type is not an object type of the SDL
 */
export function objectTypesOf(sdl: string): (typeName: string) => GraphQLObjectType {
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  return (typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the SDL`);
    return type;
  };
}

/**
 * Every field of an object type as a selection set, so that a test can ask for all of it at once:
 * leaf fields by name, object fields with their own fields down to `depth` levels (below that,
 * `__typename`), unions and interfaces as `__typename`. Fields with a required argument that has
 * no default are left out (there is nothing sensible to send); optional arguments take their
 * defaults.
 * @param type - the object type
 * @param depth - how many levels of nested objects to expand (0: leaves only)
 * @returns the selection's body, e.g. `id stage patient { id fullName }`
 */
export function everyFieldOf(type: GraphQLObjectType, depth = 2): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
      continue;
    }
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) {
      parts.push(`${field.name} { ${everyFieldOf(named, depth - 1) || '__typename'} }`);
    } else parts.push(`${field.name} { __typename }`);
  }
  return parts.join(' ');
}
