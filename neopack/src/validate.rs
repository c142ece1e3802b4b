//! Type-directed validation against a [`schema::Type`] (SPEC.md, "Validation").

use crate::Limits;
use crate::decoder::Decoder;
use crate::error::{DecodeError, DecodeErrorKind as K};
use crate::schema::Type;

/// Checks that `bytes` is exactly one canonical value of type `ty`.
///
/// # Errors
/// A [`DecodeError`] naming the first byte that is not valid for `ty`.
pub fn validate(bytes: &[u8], ty: &Type, limits: Limits) -> Result<(), DecodeError> {
    let mut d = Decoder::new(bytes, limits)?;
    d.validate(ty)?;
    d.finish()
}

fn len_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Decoder<'_> {
    /// Reads one value and checks it is a canonical value of type `ty`.
    ///
    /// # Errors
    /// A [`DecodeError`] naming the first byte that is not valid for `ty`.
    pub fn validate(&mut self, ty: &Type) -> Result<(), DecodeError> {
        match ty {
            Type::Bool => _ = self.bool()?,
            Type::U8 => _ = self.u8()?,
            Type::U16 => _ = self.u16()?,
            Type::U32 => _ = self.u32()?,
            Type::U64 => _ = self.u64()?,
            Type::S8 => _ = self.s8()?,
            Type::S16 => _ = self.s16()?,
            Type::S32 => _ = self.s32()?,
            Type::S64 => _ = self.s64()?,
            Type::F32 => _ = self.f32()?,
            Type::F64 => _ = self.f64()?,
            Type::Char => _ = self.char()?,
            Type::String => _ = self.str()?,
            Type::List(elem) => match elem.scalar_tag() {
                Some(t) => _ = self.packed(t)?,
                None => {
                    let n = self.begin_list()?;
                    for _ in 0..n {
                        self.validate(elem)?;
                    }
                    self.end()?;
                }
            },
            Type::Record(fields) => {
                self.fields(fields.len(), |d, i| d.validate(&fields[i].ty))?;
            }
            Type::Tuple(types) => self.fields(types.len(), |d, i| d.validate(&types[i]))?,
            Type::Variant(cases) => {
                let case = self.case(cases.len())?;
                match &cases[case].ty {
                    Some(t) => self.validate(t)?,
                    None => self.unit()?,
                }
            }
            Type::Enum(names) => {
                self.case(names.len())?;
                self.unit()?;
            }
            Type::Option(inner) => {
                if self.option()? {
                    self.validate(inner)?;
                }
            }
            Type::Result { ok, err } => {
                let arm = if self.result()? { ok } else { err };
                match arm {
                    Some(t) => self.validate(t)?,
                    None => self.unit()?,
                }
            }
            Type::Flags(names) => {
                let at = self.offset();
                let (count, _) = self.flags()?;
                let expected = len_u32(names.len());
                if count != expected {
                    return Err(DecodeError::new(K::WrongCount { expected, found: count }, at + 1));
                }
            }
        }
        Ok(())
    }

    /// A record or tuple of `n` fields, each checked by `field(decoder, index)`.
    fn fields(
        &mut self,
        n: usize,
        mut field: impl FnMut(&mut Self, usize) -> Result<(), DecodeError>,
    ) -> Result<(), DecodeError> {
        let count = self.begin_record()?;
        let expected = len_u32(n);
        if count != expected {
            // The count field is the last thing `begin_record` read.
            return Err(DecodeError::new(
                K::WrongCount { expected, found: count },
                self.offset() - 4,
            ));
        }
        for i in 0..n {
            field(self, i)?;
        }
        self.end()
    }

    /// A variant head whose case must be below `cases`; returns the case.
    fn case(&mut self, cases: usize) -> Result<usize, DecodeError> {
        let case = self.variant()?;
        if case as usize >= cases {
            let cases = len_u32(cases);
            return Err(DecodeError::new(K::CaseOutOfRange { case, cases }, self.offset() - 4));
        }
        Ok(case as usize)
    }
}
