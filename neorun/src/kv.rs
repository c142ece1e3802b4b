//! The in-memory key-value store: neorun's built-in system linkable.
//!
//! Its interface is `neorun:kv/store@0.1.0` (`neorun/wit/kv.wit`). The same [`InMemoryKv`] can
//! be linked into a guest locally ([`InMemoryKv::add_to_linker`], a typed host call) or served
//! to remote guests ([`KvService`]).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use wasmtime::AsContextMut;
use wasmtime::StoreContextMut;
use wasmtime::component::{Instance, Linker, TypedFunc};

/// Static stubs and the native server of `neorun:kv/store`, generated from `wit/kv.wit` by
/// `#[neorun::remote]`: [`remote::store::Stubs`] for `InstanceBuilder::link_remote_static`,
/// [`remote::store::Handler`] and [`remote::store::Server`] for serving.
#[neorun_macros::remote(path = "wit/kv.wit", world = "client", crate = crate)]
pub mod remote {}

pub use remote::Op;
pub use remote::store::{Entry, KvError};

/// The name of the interface the store implements.
pub const INTERFACE: &str = "neorun:kv/store@0.1.0";

/// The largest value the store accepts by default, in bytes ([`KvLimits::max_value_len`]).
pub const MAX_VALUE_LEN: usize = 1 << 20;

/// What one stored entry costs beyond its bytes: the entry itself and its share of the map.
const ENTRY_OVERHEAD: usize = std::mem::size_of::<Entry>() + std::mem::size_of::<String>() + 64;

/// The limits of an [`InMemoryKv`]. An entry's *size* is what it costs in memory: key, value
/// and tag bytes plus a fixed overhead per tag ([`size_of::<String>()`](std::mem::size_of))
/// and per entry, so a million empty tags cost what they occupy, not zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct KvLimits {
    /// The longest key, in bytes; longer keys fail with `invalid-key`. Default 4 KiB.
    pub max_key_len: usize,
    /// The longest value, in bytes; longer values fail with `too-large(max_value_len)`.
    /// Default 1 MiB ([`MAX_VALUE_LEN`]).
    pub max_value_len: usize,
    /// The largest entry size; larger entries fail with `too-large(max_entry_size)`.
    /// Default 2 MiB.
    pub max_entry_size: usize,
    /// The most entries the store holds; a put of a new key beyond it fails with
    /// `too-large(0)`. Default 1,000,000.
    pub max_entries: usize,
    /// The most bytes (entry sizes added up) the store holds; a put that would go past it
    /// fails with `too-large(n)`, `n` the bytes the store can still take. Default 256 MiB.
    pub max_bytes: usize,
}

impl Default for KvLimits {
    fn default() -> Self {
        Self {
            max_key_len: 4 << 10,
            max_value_len: MAX_VALUE_LEN,
            max_entry_size: 2 << 20,
            max_entries: 1_000_000,
            max_bytes: 256 << 20,
        }
    }
}

/// A snapshot of what an [`InMemoryKv`] holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct KvUsage {
    /// Entries stored.
    pub entries: usize,
    /// Their sizes added up (see [`KvLimits`]).
    pub bytes: usize,
}

/// An in-memory key-value store, shareable between instances and connections.
///
/// Every successful `put` increments a store-wide revision and returns it; revisions start at 1.
/// Keys, values, entries and the store as a whole are bounded by [`KvLimits`].
#[derive(Debug, Default)]
pub struct InMemoryKv {
    state: Mutex<State>,
    limits: KvLimits,
}

#[derive(Debug, Default)]
struct State {
    map: BTreeMap<String, Entry>,
    revision: u64,
    /// The sizes of the stored entries added up.
    bytes: usize,
}

/// What `entry` costs in memory (see [`KvLimits`]).
pub fn entry_size(entry: &Entry) -> usize {
    let tags: usize = entry.tags.iter().map(|t| t.len() + std::mem::size_of::<String>()).sum();
    ENTRY_OVERHEAD + entry.key.len() + entry.value.len() + tags
}

impl InMemoryKv {
    /// An empty store with the default limits.
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// An empty store with `limits`.
    pub fn with_limits(limits: KvLimits) -> Arc<Self> {
        Arc::new(Self { state: Mutex::default(), limits })
    }

    /// The store's limits.
    pub fn limits(&self) -> KvLimits {
        self.limits
    }

    /// What the store holds now.
    pub fn usage(&self) -> KvUsage {
        let state = self.state();
        KvUsage { entries: state.map.len(), bytes: state.bytes }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the map half-updated: every mutation is a
        // single insert or remove. Keep serving.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The entry stored under `key`.
    pub fn get(&self, key: &str) -> Option<Entry> {
        self.state().map.get(key).cloned()
    }

    /// Stores `entry` under its key, replacing any previous entry, and returns the new
    /// revision.
    ///
    /// # Errors
    /// [`KvError::InvalidKey`] for an empty key or one over [`KvLimits::max_key_len`];
    /// [`KvError::TooLarge`] for a value or entry over its limit, or when the store would go
    /// past its quota (see [`KvLimits`] for each payload). A refused put changes nothing.
    pub fn put(&self, entry: Entry) -> Result<u64, KvError> {
        let l = &self.limits;
        if entry.key.is_empty() {
            return Err(KvError::InvalidKey("empty key".into()));
        }
        if entry.key.len() > l.max_key_len {
            return Err(KvError::InvalidKey(format!(
                "key of {} bytes is longer than the store's limit of {} bytes",
                entry.key.len(),
                l.max_key_len
            )));
        }
        if entry.value.len() > l.max_value_len {
            return Err(KvError::TooLarge(l.max_value_len as u64));
        }
        let size = entry_size(&entry);
        if size > l.max_entry_size {
            return Err(KvError::TooLarge(l.max_entry_size as u64));
        }
        let mut state = self.state();
        let old = state.map.get(&entry.key).map(entry_size);
        if old.is_none() && state.map.len() >= l.max_entries {
            return Err(KvError::TooLarge(0));
        }
        let rest = state.bytes - old.unwrap_or(0);
        if rest + size > l.max_bytes {
            return Err(KvError::TooLarge(l.max_bytes.saturating_sub(rest) as u64));
        }
        state.bytes = rest + size;
        state.revision += 1;
        state.map.insert(entry.key.clone(), entry);
        Ok(state.revision)
    }

    /// Removes the entry under `key`; true when there was one.
    pub fn delete(&self, key: &str) -> bool {
        let mut state = self.state();
        match state.map.remove(key) {
            Some(old) => {
                state.bytes -= entry_size(&old);
                true
            }
            None => false,
        }
    }

    /// The keys that start with `prefix`, sorted.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let state = self.state();
        state
            .map
            .range(prefix.to_owned()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.state().map.len()
    }

    /// True when the store holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Links `neorun:kv/store` into `linker` as typed host functions served by this store: the
    /// local call, the baseline every remote path is compared with (see
    /// [`InstanceBuilder::link_kv`](crate::InstanceBuilder::link_kv)).
    ///
    /// The host functions hold their own reference to the store, so `linker` may be any
    /// `Linker<T>`: the store type needs no field for it.
    ///
    /// ```
    /// use neorun::kv::InMemoryKv;
    /// use wasmtime::component::Linker;
    ///
    /// struct MyState; // any store type
    ///
    /// let engine = neorun::host::engine()?;
    /// let mut linker = Linker::<MyState>::new(&engine);
    /// let kv = InMemoryKv::new();
    /// kv.add_to_linker(&mut linker)?;
    /// # Ok::<(), wasmtime::Error>(())
    /// ```
    ///
    /// # Errors
    /// When the linker already defines the interface.
    pub fn add_to_linker<T: 'static>(
        self: &Arc<Self>,
        linker: &mut Linker<T>,
    ) -> wasmtime::Result<()> {
        let mut i = linker.instance(INTERFACE)?;
        i.func_wrap("noop", |_: StoreContextMut<'_, T>, (): ()| Ok(()))?;
        let kv = Arc::clone(self);
        i.func_wrap("get", move |_: StoreContextMut<'_, T>, (key,): (String,)| {
            Ok((kv.get(&key),))
        })?;
        let kv = Arc::clone(self);
        i.func_wrap("put", move |_: StoreContextMut<'_, T>, (e,): (Entry,)| Ok((kv.put(e),)))?;
        let kv = Arc::clone(self);
        i.func_wrap("delete", move |_: StoreContextMut<'_, T>, (key,): (String,)| {
            Ok((kv.delete(&key),))
        })?;
        let kv = Arc::clone(self);
        i.func_wrap("keys", move |_: StoreContextMut<'_, T>, (prefix,): (String,)| {
            Ok((kv.keys(&prefix),))
        })?;
        Ok(())
    }
}

/// The export of the `client` world, typed: `run: func(op: op, n: u32) -> result<u64, string>`.
#[derive(Clone, Copy)]
pub struct Client {
    run: TypedFunc<(Op, u32), (Result<u64, String>,)>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").finish_non_exhaustive()
    }
}

impl Client {
    /// Looks up `run` in `instance`.
    ///
    /// # Errors
    /// When the instance has no `run` export of that type.
    pub fn new(store: impl AsContextMut, instance: &Instance) -> wasmtime::Result<Self> {
        Ok(Self { run: instance.get_typed_func(store, "run")? })
    }

    /// Calls `run(op, n)`.
    ///
    /// # Errors
    /// When the guest traps (for example because a remote import failed).
    pub async fn call_run<S: AsContextMut<Data: Send>>(
        &self,
        mut store: S,
        op: Op,
        n: u32,
    ) -> wasmtime::Result<Result<u64, String>> {
        Ok(self.run.call_async(&mut store, (op, n)).await?.0)
    }
}

/// Serves the store as a remote peer: a [`remote::store::Handler`].
impl remote::store::Handler for InMemoryKv {
    async fn noop(&self) {}

    async fn get(&self, key: String) -> Option<Entry> {
        InMemoryKv::get(self, &key)
    }

    async fn put(&self, e: Entry) -> Result<u64, KvError> {
        InMemoryKv::put(self, e)
    }

    async fn delete(&self, key: String) -> bool {
        InMemoryKv::delete(self, &key)
    }

    async fn keys(&self, prefix: String) -> Vec<String> {
        InMemoryKv::keys(self, &prefix)
    }
}

/// The store as a service for [`Exports`](crate::Exports): `neorun:kv/store@0.1.0`, arguments
/// decoded straight into typed values by the generated server.
pub type KvService = remote::store::Server<InMemoryKv>;

/// A service serving `kv`.
pub fn service(kv: Arc<InMemoryKv>) -> KvService {
    remote::store::Server::from_arc(kv)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, len: usize) -> Entry {
        Entry { key: key.into(), value: vec![7; len], tags: vec!["t".into()], version: 1 }
    }

    #[test]
    fn put_returns_increasing_revisions_and_get_returns_the_entry() {
        let kv = InMemoryKv::new();
        assert_eq!(kv.put(entry("a", 3)), Ok(1));
        assert_eq!(kv.put(entry("b", 0)), Ok(2));
        assert_eq!(kv.get("a"), Some(entry("a", 3)));
        assert_eq!(kv.get("zz"), None);
    }

    #[test]
    fn put_refuses_empty_key_and_oversized_value_without_a_revision() {
        let kv = InMemoryKv::new();
        assert_eq!(kv.put(entry("", 1)), Err(KvError::InvalidKey("empty key".into())));
        assert_eq!(
            kv.put(entry("k", MAX_VALUE_LEN + 1)),
            Err(KvError::TooLarge(MAX_VALUE_LEN as u64))
        );
        assert_eq!(kv.put(entry("k", MAX_VALUE_LEN)), Ok(1));
    }

    #[test]
    fn long_keys_are_invalid_and_nothing_is_stored() {
        let kv = InMemoryKv::with_limits(KvLimits { max_key_len: 8, ..KvLimits::default() });
        assert_eq!(kv.put(entry("12345678", 1)), Ok(1));
        let err = kv.put(entry("123456789", 1)).unwrap_err();
        assert!(matches!(&err, KvError::InvalidKey(m) if m.contains("9 bytes")), "{err:?}");
        assert_eq!(kv.usage().entries, 1);
    }

    #[test]
    fn empty_tags_count_against_the_entry_size() {
        let kv = InMemoryKv::new();
        let mut e = entry("k", 0);
        e.tags = vec![String::new(); 100_000];
        assert_eq!(kv.put(e), Err(KvError::TooLarge(2 << 20)), "2.4 MB of empty tags");
        assert_eq!(kv.usage(), KvUsage::default());
    }

    #[test]
    fn the_quota_bounds_entries_and_bytes_and_replacing_or_deleting_gives_back() {
        let size = entry_size(&entry("a", 100));
        let limits = KvLimits { max_entries: 2, max_bytes: 2 * size + 10, ..KvLimits::default() };
        let kv = InMemoryKv::with_limits(limits);
        kv.put(entry("a", 100)).unwrap();
        kv.put(entry("b", 100)).unwrap();
        assert_eq!(kv.put(entry("c", 0)), Err(KvError::TooLarge(0)), "entry count");
        assert_eq!(kv.put(entry("a", 120)), Err(KvError::TooLarge(size as u64 + 10)), "bytes");
        kv.put(entry("a", 105)).unwrap();
        assert_eq!(kv.usage(), KvUsage { entries: 2, bytes: 2 * size + 5 });
        assert!(kv.delete("b"));
        kv.put(entry("c", 0)).unwrap();
        assert_eq!(kv.usage().entries, 2);
    }

    #[test]
    fn keys_are_sorted_and_filtered_by_prefix() {
        let kv = InMemoryKv::new();
        for k in ["b/2", "a/1", "b/1", "c"] {
            kv.put(entry(k, 0)).unwrap();
        }
        assert_eq!(kv.keys("b/"), ["b/1", "b/2"]);
        assert_eq!(kv.keys(""), ["a/1", "b/1", "b/2", "c"]);
        assert!(kv.delete("c"));
        assert!(!kv.delete("c"));
        assert_eq!(kv.len(), 3);
    }
}
