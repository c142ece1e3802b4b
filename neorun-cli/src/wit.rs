//! Interfaces from `.wit` files, as the schema model `dump --schema` decodes with.

use std::path::Path;

use anyhow::anyhow;
use neorun::neopack::schema::{Case, Field, Function, Interface, Type};
use wit_parser::{FunctionKind, Resolve, Type as W, TypeDefKind};

/// Every named interface of the package at `path` (a `.wit` file or a directory) and of its
/// dependencies. Functions whose types neorun cannot carry (resources, streams, ...) are left out.
pub(crate) fn interfaces(path: &Path) -> anyhow::Result<Vec<Interface>> {
    let mut resolve = Resolve::default();
    resolve.push_path(path).map_err(|e| {
        anyhow!("cannot read the WIT at `{}`: {}", path.display(), resolve.render_error(&e))
    })?;
    let mut out = Vec::new();
    for (id, iface) in &resolve.interfaces {
        let Some(name) = resolve.id_of(id) else { continue };
        let functions = iface
            .functions
            .values()
            .filter(|f| matches!(f.kind, FunctionKind::Freestanding))
            .filter_map(|f| function(&resolve, f).ok())
            .collect();
        out.push(Interface::new(name, functions));
    }
    Ok(out)
}

fn function(resolve: &Resolve, f: &wit_parser::Function) -> Result<Function, String> {
    let params = f
        .params
        .iter()
        .map(|p| Ok((p.name.clone(), ty(resolve, &p.ty)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let result = f.result.as_ref().map(|t| ty(resolve, t)).transpose()?;
    Ok(Function::new(f.name.clone(), params, result))
}

fn ty(resolve: &Resolve, t: &W) -> Result<Type, String> {
    Ok(match t {
        W::Bool => Type::Bool,
        W::U8 => Type::U8,
        W::U16 => Type::U16,
        W::U32 => Type::U32,
        W::U64 => Type::U64,
        W::S8 => Type::S8,
        W::S16 => Type::S16,
        W::S32 => Type::S32,
        W::S64 => Type::S64,
        W::F32 => Type::F32,
        W::F64 => Type::F64,
        W::Char => Type::Char,
        W::String => Type::String,
        W::ErrorContext => return Err("error-context".to_owned()),
        W::Id(id) => match &resolve.types[*id].kind {
            TypeDefKind::Type(t) => ty(resolve, t)?,
            TypeDefKind::List(t) => Type::list(ty(resolve, t)?),
            TypeDefKind::Option(t) => Type::option(ty(resolve, t)?),
            TypeDefKind::Result(r) => Type::result(
                r.ok.as_ref().map(|t| ty(resolve, t)).transpose()?,
                r.err.as_ref().map(|t| ty(resolve, t)).transpose()?,
            ),
            TypeDefKind::Tuple(t) => {
                Type::Tuple(t.types.iter().map(|t| ty(resolve, t)).collect::<Result<_, _>>()?)
            }
            TypeDefKind::Record(r) => Type::Record(
                r.fields
                    .iter()
                    .map(|f| Ok(Field::new(f.name.clone(), ty(resolve, &f.ty)?)))
                    .collect::<Result<_, String>>()?,
            ),
            TypeDefKind::Variant(v) => Type::Variant(
                v.cases
                    .iter()
                    .map(|c| {
                        Ok(Case::new(
                            c.name.clone(),
                            c.ty.as_ref().map(|t| ty(resolve, t)).transpose()?,
                        ))
                    })
                    .collect::<Result<_, String>>()?,
            ),
            TypeDefKind::Enum(e) => Type::enumeration(e.cases.iter().map(|c| c.name.clone())),
            TypeDefKind::Flags(f) => Type::flags(f.flags.iter().map(|c| c.name.clone())),
            other => return Err(other.as_str().to_owned()),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wit_file_gives_its_interfaces_with_names_and_types() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.wit");
        std::fs::write(
            &path,
            "package a:b@1.0.0;\n\
             interface c {\n\
               record entry { key: string, tags: list<string> }\n\
               variant failure { missing, other(u32) }\n\
               flags mode { read, write }\n\
               resource r;\n\
               put: func(e: entry, m: mode) -> result<u64, failure>;\n\
               take: func(x: r);\n\
             }\n",
        )
        .unwrap();
        let ifaces = interfaces(&path).unwrap();
        assert_eq!(ifaces.len(), 1);
        assert_eq!(ifaces[0].name, "a:b/c@1.0.0");
        let names: Vec<&str> = ifaces[0].functions.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["put"], "a resource's function is left out");
        assert_eq!(
            ifaces[0].functions[0].signature(),
            "func(e: record{key: string, tags: list<string>}, m: flags{read, write}) -> \
             result<u64, variant{missing, other(u32)}>"
        );
    }
}
