//! neopack vs serde formats on two workloads: one `entry` record, and a list of 1,000 small
//! records. Every codec writes into a reused buffer and decodes into owned Rust structs.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use neopack::{DecodeError, Decoder, EncodeError, Encoder, Limits};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Entry {
    key: String,
    value: Vec<u8>,
    tags: Vec<String>,
    version: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Rec {
    id: u32,
    name: String,
    score: f64,
}

fn entry() -> Entry {
    Entry {
        key: "user:0000000042:".into(),
        value: (0..=255).collect(),
        tags: ["alpha-01", "bravo-02", "charlie3", "delta-04"].map(String::from).to_vec(),
        version: 1_234_567,
    }
}

fn records() -> Vec<Rec> {
    (0..1000)
        .map(|i| Rec { id: i, name: format!("name{i:04}"), score: f64::from(i) * 0.5 })
        .collect()
}

// ----- neopack, typed -------------------------------------------------------------------------

fn np_encode_entry(e: &Entry, enc: &mut Encoder) -> Result<(), EncodeError> {
    enc.begin_record(4)?;
    enc.str(&e.key)?;
    enc.bytes(&e.value)?;
    enc.begin_list(e.tags.len() as u32)?;
    for t in &e.tags {
        enc.str(t)?;
    }
    enc.end_list()?;
    enc.u64(e.version)?;
    enc.end_record()
}

fn np_decode_entry(d: &mut Decoder<'_>) -> Result<Entry, DecodeError> {
    d.begin_record()?;
    let key = d.str()?.to_owned();
    let value = d.bytes()?.to_vec();
    let n = d.begin_list()?;
    let mut tags = Vec::with_capacity(n as usize);
    for _ in 0..n {
        tags.push(d.str()?.to_owned());
    }
    d.end()?;
    let version = d.u64()?;
    d.end()?;
    Ok(Entry { key, value, tags, version })
}

fn np_encode_records(rs: &[Rec], enc: &mut Encoder) -> Result<(), EncodeError> {
    enc.begin_list(rs.len() as u32)?;
    for r in rs {
        enc.begin_record(3)?;
        enc.u32(r.id)?;
        enc.str(&r.name)?;
        enc.f64(r.score)?;
        enc.end_record()?;
    }
    enc.end_list()
}

fn np_decode_records(d: &mut Decoder<'_>) -> Result<Vec<Rec>, DecodeError> {
    let n = d.begin_list()?;
    let mut out = Vec::with_capacity(n as usize);
    for _ in 0..n {
        d.begin_record()?;
        let id = d.u32()?;
        let name = d.str()?.to_owned();
        let score = d.f64()?;
        d.end()?;
        out.push(Rec { id, name, score });
    }
    d.end()?;
    Ok(out)
}

// ----- the codecs -----------------------------------------------------------------------------

/// One codec: encode `T` into a buffer it keeps and reuses, decode it back.
trait Codec<T>: Default {
    const NAME: &'static str;
    fn encode(&mut self, v: &T) -> &[u8];
    fn decode(b: &[u8]) -> T;
}

/// neopack keeps its encoder (buffer and stack) warm across messages.
#[derive(Default)]
struct Neopack(Encoder);
#[derive(Default)]
struct Postcard(Vec<u8>);
#[derive(Default)]
struct Bincode(Vec<u8>);
#[derive(Default)]
struct Rmp(Vec<u8>);
#[derive(Default)]
struct Cbor(Vec<u8>);

impl Codec<Entry> for Neopack {
    const NAME: &'static str = "neopack";
    fn encode(&mut self, v: &Entry) -> &[u8] {
        self.0.clear();
        np_encode_entry(v, &mut self.0).unwrap();
        self.0.finish().unwrap()
    }
    fn decode(b: &[u8]) -> Entry {
        let mut d = Decoder::new(b, Limits::default()).unwrap();
        let v = np_decode_entry(&mut d).unwrap();
        d.finish().unwrap();
        v
    }
}

impl Codec<Vec<Rec>> for Neopack {
    const NAME: &'static str = "neopack";
    fn encode(&mut self, v: &Vec<Rec>) -> &[u8] {
        self.0.clear();
        np_encode_records(v, &mut self.0).unwrap();
        self.0.finish().unwrap()
    }
    fn decode(b: &[u8]) -> Vec<Rec> {
        let mut d = Decoder::new(b, Limits::default()).unwrap();
        let v = np_decode_records(&mut d).unwrap();
        d.finish().unwrap();
        v
    }
}

macro_rules! serde_codec {
    ($t:ident, $name:literal, |$v:ident, $buf:ident| $enc:expr, |$b:ident| $dec:expr) => {
        impl<T: Serialize + for<'de> Deserialize<'de>> Codec<T> for $t {
            const NAME: &'static str = $name;
            fn encode(&mut self, $v: &T) -> &[u8] {
                let $buf = &mut self.0;
                $buf.clear();
                $enc;
                &self.0
            }
            fn decode($b: &[u8]) -> T {
                $dec
            }
        }
    };
}

serde_codec!(
    Postcard,
    "postcard",
    |v, buf| {
        let out = std::mem::take(buf);
        *buf = postcard::to_extend(v, out).unwrap();
    },
    |b| postcard::from_bytes(b).unwrap()
);
serde_codec!(
    Bincode,
    "bincode",
    |v, buf| bincode::serde::encode_into_std_write(v, buf, bincode::config::standard()).unwrap(),
    |b| bincode::serde::decode_from_slice(b, bincode::config::standard()).unwrap().0
);
serde_codec!(Rmp, "rmp-serde", |v, buf| rmp_serde::encode::write(buf, v).unwrap(), |b| {
    rmp_serde::from_slice(b).unwrap()
});
serde_codec!(Cbor, "ciborium", |v, buf| ciborium::into_writer(v, &mut *buf).unwrap(), |b| {
    ciborium::from_reader(b).unwrap()
});

fn bench_codec<T: PartialEq + std::fmt::Debug, C: Codec<T>>(
    c: &mut Criterion,
    workload: &str,
    v: &T,
) {
    let mut codec = C::default();
    let bytes = codec.encode(v).to_vec();
    assert_eq!(&C::decode(&bytes), v, "{} round trip", C::NAME);
    c.bench_function(&format!("{workload}/encode/{}", C::NAME), |b| {
        b.iter(|| black_box(codec.encode(black_box(v)).len()))
    });
    c.bench_function(&format!("{workload}/decode/{}", C::NAME), |b| {
        b.iter(|| C::decode(black_box(&bytes)))
    });
    c.bench_function(&format!("{workload}/roundtrip/{}", C::NAME), |b| {
        b.iter(|| C::decode(codec.encode(black_box(v))))
    });
    eprintln!("size {workload} {}: {} bytes", C::NAME, bytes.len());
}

fn codecs<T: Serialize + for<'de> Deserialize<'de> + PartialEq + std::fmt::Debug>(
    c: &mut Criterion,
    workload: &str,
    v: &T,
) where
    Neopack: Codec<T>,
{
    bench_codec::<T, Neopack>(c, workload, v);
    bench_codec::<T, Postcard>(c, workload, v);
    bench_codec::<T, Bincode>(c, workload, v);
    bench_codec::<T, Rmp>(c, workload, v);
    bench_codec::<T, Cbor>(c, workload, v);
}

/// Borrowed decoding, where neopack's zero-copy reads are natural: strings and bytes stay in
/// the message.
struct EntryRef<'a> {
    key: &'a str,
    value: &'a [u8],
    tags: Vec<&'a str>,
    version: u64,
}

struct RecRef<'a> {
    id: u32,
    name: &'a str,
    score: f64,
}

fn np_decode_entry_ref<'a>(b: &'a [u8]) -> Result<EntryRef<'a>, DecodeError> {
    let mut d = Decoder::new(b, Limits::default())?;
    d.begin_record()?;
    let (key, value) = (d.str()?, d.bytes()?);
    let n = d.begin_list()?;
    let tags = (0..n).map(|_| d.str()).collect::<Result<_, _>>()?;
    d.end()?;
    let version = d.u64()?;
    d.end()?;
    d.finish()?;
    Ok(EntryRef { key, value, tags, version })
}

fn np_decode_records_ref<'a>(b: &'a [u8]) -> Result<Vec<RecRef<'a>>, DecodeError> {
    let mut d = Decoder::new(b, Limits::default())?;
    let n = d.begin_list()?;
    let mut out = Vec::with_capacity(n as usize);
    for _ in 0..n {
        d.begin_record()?;
        out.push(RecRef { id: d.u32()?, name: d.str()?, score: d.f64()? });
        d.end()?;
    }
    d.end()?;
    d.finish()?;
    Ok(out)
}

fn borrowed(c: &mut Criterion) {
    let (e, rs) = (entry(), records());
    let mut enc = Neopack::default();
    let bytes = Codec::<Entry>::encode(&mut enc, &e).to_vec();
    let r = np_decode_entry_ref(&bytes).unwrap();
    assert_eq!((r.key, r.value, r.tags.len(), r.version), (&e.key[..], &e.value[..], 4, e.version));
    c.bench_function("entry/decode/neopack-borrowed", |b| {
        b.iter(|| np_decode_entry_ref(black_box(&bytes)).unwrap().tags.len())
    });
    c.bench_function("entry/roundtrip/neopack-borrowed", |b| {
        b.iter(|| {
            np_decode_entry_ref(Codec::<Entry>::encode(&mut enc, black_box(&e))).unwrap().version
        })
    });
    let bytes = Codec::<Vec<Rec>>::encode(&mut enc, &rs).to_vec();
    let r = np_decode_records_ref(&bytes).unwrap();
    assert!(r.iter().zip(&rs).all(|(a, b)| a.id == b.id && a.name == b.name && a.score == b.score));
    c.bench_function("records/decode/neopack-borrowed", |b| {
        b.iter(|| np_decode_records_ref(black_box(&bytes)).unwrap().len())
    });
    c.bench_function("records/roundtrip/neopack-borrowed", |b| {
        b.iter(|| {
            np_decode_records_ref(Codec::<Vec<Rec>>::encode(&mut enc, black_box(&rs)))
                .unwrap()
                .len()
        })
    });
}

fn benches(c: &mut Criterion) {
    codecs(c, "entry", &entry());
    codecs(c, "records", &records());
    borrowed(c);
}

criterion_group!(codec, benches);
criterion_main!(codec);
