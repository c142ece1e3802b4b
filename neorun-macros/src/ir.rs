//! The intermediate representation the generator works from: a world's types, interfaces and
//! functions, already validated (only constructs neorun supports remain).

/// wasmtime implements its typed-function and typed-value traits for tuples of at most this many
/// members: the most parameters a typed function takes, the largest tuple type.
pub(crate) const MAX_TYPED: usize = 17;

/// Index of a [`TypeDef`] in [`World::defs`].
pub(crate) type DefId = usize;

/// Where a named type is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// At world level.
    World,
    /// In [`World::interfaces`]`[i]`.
    Interface(usize),
}

/// A WIT value type.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Ty {
    Bool,
    U8,
    U16,
    U32,
    U64,
    S8,
    S16,
    S32,
    S64,
    F32,
    F64,
    Char,
    String,
    List(Box<Ty>),
    Option(Box<Ty>),
    Result(Option<Box<Ty>>, Option<Box<Ty>>),
    Tuple(Vec<Ty>),
    /// A named type (record, variant, enum, flags or alias).
    Named(DefId),
}

/// A named type definition.
#[derive(Clone, Debug)]
pub(crate) struct TypeDef {
    /// WIT name, kebab-case.
    pub(crate) name: String,
    /// The Rust type name, assigned by [`names::assign`](crate::names::assign).
    pub(crate) rust: String,
    pub(crate) docs: Option<String>,
    pub(crate) owner: Owner,
    pub(crate) kind: DefKind,
}

/// What a [`TypeDef`] is.
#[derive(Clone, Debug)]
pub(crate) enum DefKind {
    Record(Vec<Field>),
    Variant(Vec<Case>),
    Enum(Vec<Item>),
    Flags(Vec<Item>),
    /// `type a = b;`, also `use` of another interface's type.
    Alias(Ty),
}

/// A record field.
#[derive(Clone, Debug)]
pub(crate) struct Field {
    pub(crate) name: String,
    pub(crate) docs: Option<String>,
    pub(crate) ty: Ty,
}

/// A variant case.
#[derive(Clone, Debug)]
pub(crate) struct Case {
    pub(crate) name: String,
    pub(crate) docs: Option<String>,
    pub(crate) ty: Option<Ty>,
}

/// An enum case or a flag.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub(crate) name: String,
    pub(crate) docs: Option<String>,
}

/// A function.
#[derive(Clone, Debug)]
pub(crate) struct Func {
    pub(crate) name: String,
    pub(crate) docs: Option<String>,
    pub(crate) params: Vec<(String, Ty)>,
    pub(crate) result: Option<Ty>,
}

/// An interface of the world.
#[derive(Clone, Debug)]
pub(crate) struct Interface {
    /// The Rust module name (snake case, unique in the world), assigned by
    /// [`names::assign`](crate::names::assign).
    pub(crate) module: String,
    /// The short name: the interface's own name, or the plain name of an inline one.
    pub(crate) short: String,
    /// The instance name the component model uses (`ns:pkg/name@ver`, or the plain name of an
    /// inline interface).
    pub(crate) qualified: String,
    pub(crate) docs: Option<String>,
    /// Imported by the world.
    pub(crate) imported: bool,
    /// Exported by the world (possibly as well as imported: one module serves both).
    pub(crate) exported: bool,
    pub(crate) types: Vec<DefId>,
    pub(crate) funcs: Vec<Func>,
}

/// A world, ready for generation.
#[derive(Clone, Debug)]
pub(crate) struct World {
    pub(crate) name: String,
    /// `ns:pkg/world`, the name world-level functions are served under.
    pub(crate) qualified: String,
    pub(crate) defs: Vec<TypeDef>,
    /// World-level types.
    pub(crate) types: Vec<DefId>,
    pub(crate) interfaces: Vec<Interface>,
    /// World-level imported functions.
    pub(crate) funcs: Vec<Func>,
    /// World-level exported functions.
    pub(crate) exported_funcs: Vec<Func>,
    /// Module name of the world-level functions' stubs and server, assigned by
    /// [`names::assign`](crate::names::assign).
    pub(crate) funcs_module: String,
    /// Every WIT file read, absolute, for rebuild tracking.
    pub(crate) files: Vec<String>,
}
