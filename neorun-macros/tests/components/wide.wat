;; Imports `fixtures:many-params/wide` (13, 17 and 20 parameters) and exports world-level
;; functions of the same signatures, each calling the matching import. With more than 16 flat
;; parameters the canonical ABI passes a pointer to them in memory, so the core module forwards
;; the pointer; the 17-parameter function returns a string through a return area.
(component
  (import "fixtures:many-params/wide" (instance $wide
    (export "thirteen" (func (param "a" u8) (param "b" u16) (param "c" u32) (param "d" u64)
      (param "e" s8) (param "f" s16) (param "g" s32) (param "h" s64) (param "i" f32)
      (param "j" f64) (param "k" char) (param "l" string) (param "m" bool) (result u32)))
    (export "seventeen" (func (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32)
      (param "e" u32) (param "f" u32) (param "g" u32) (param "h" u32) (param "i" u32)
      (param "j" u32) (param "k" u32) (param "l" u32) (param "m" u32) (param "n" u32)
      (param "o" u32) (param "p" u32) (param "q" string) (result string)))
    (export "twenty" (func (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32)
      (param "e" u32) (param "f" u32) (param "g" u32) (param "h" u32) (param "i" u32)
      (param "j" u32) (param "k" u32) (param "l" u32) (param "m" u32) (param "n" u32)
      (param "o" u32) (param "p" u32) (param "q" u32) (param "r" u32) (param "s" u32)
      (param "t" (list string)) (result u64)))
  ))

  (core module $Mem
    (memory (export "mem") 1)
    (global $bump (mut i32) (i32.const 1024))
    (func (export "realloc") (param i32 i32 i32 i32) (result i32)
      (local $ret i32)
      (local.set $ret
        (i32.and (i32.add (global.get $bump) (i32.sub (local.get 2) (i32.const 1)))
                 (i32.xor (i32.sub (local.get 2) (i32.const 1)) (i32.const -1))))
      (global.set $bump (i32.add (local.get $ret) (local.get 3)))
      (block $done
        (loop $grow
          (br_if $done (i32.le_u (global.get $bump) (i32.mul (memory.size) (i32.const 65536))))
          (drop (memory.grow (i32.const 1)))
          (br $grow)))
      (local.get $ret)))
  (core instance $mem (instantiate $Mem))
  (alias core export $mem "mem" (core memory $memory))
  (alias core export $mem "realloc" (core func $realloc))

  (alias export $wide "thirteen" (func $thirteen))
  (alias export $wide "seventeen" (func $seventeen))
  (alias export $wide "twenty" (func $twenty))
  (core func $thirteen_l (canon lower (func $thirteen) (memory $memory) (realloc $realloc)))
  (core func $seventeen_l (canon lower (func $seventeen) (memory $memory) (realloc $realloc)))
  (core func $twenty_l (canon lower (func $twenty) (memory $memory) (realloc $realloc)))

  (core module $Main
    (import "wide" "thirteen" (func $thirteen
      (param i32 i32 i32 i64 i32 i32 i32 i64 f32 f64 i32 i32 i32 i32) (result i32)))
    (import "wide" "seventeen" (func $seventeen (param i32 i32)))
    (import "wide" "twenty" (func $twenty (param i32) (result i64)))
    (func (export "thirteen")
      (param i32 i32 i32 i64 i32 i32 i32 i64 f32 f64 i32 i32 i32 i32) (result i32)
      (call $thirteen (local.get 0) (local.get 1) (local.get 2) (local.get 3) (local.get 4)
        (local.get 5) (local.get 6) (local.get 7) (local.get 8) (local.get 9) (local.get 10)
        (local.get 11) (local.get 12) (local.get 13)))
    (func (export "seventeen") (param i32) (result i32)
      (call $seventeen (local.get 0) (i32.const 16))
      (i32.const 16))
    (func (export "twenty") (param i32) (result i64) (call $twenty (local.get 0))))
  (core instance $main (instantiate $Main
    (with "wide" (instance
      (export "thirteen" (func $thirteen_l)) (export "seventeen" (func $seventeen_l))
      (export "twenty" (func $twenty_l))))))

  (func $thirteen_x (param "a" u8) (param "b" u16) (param "c" u32) (param "d" u64)
      (param "e" s8) (param "f" s16) (param "g" s32) (param "h" s64) (param "i" f32)
      (param "j" f64) (param "k" char) (param "l" string) (param "m" bool) (result u32)
    (canon lift (core func $main "thirteen") (memory $memory) (realloc $realloc)))
  (func $seventeen_x (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32)
      (param "e" u32) (param "f" u32) (param "g" u32) (param "h" u32) (param "i" u32)
      (param "j" u32) (param "k" u32) (param "l" u32) (param "m" u32) (param "n" u32)
      (param "o" u32) (param "p" u32) (param "q" string) (result string)
    (canon lift (core func $main "seventeen") (memory $memory) (realloc $realloc)))
  (func $twenty_x (param "a" u32) (param "b" u32) (param "c" u32) (param "d" u32)
      (param "e" u32) (param "f" u32) (param "g" u32) (param "h" u32) (param "i" u32)
      (param "j" u32) (param "k" u32) (param "l" u32) (param "m" u32) (param "n" u32)
      (param "o" u32) (param "p" u32) (param "q" u32) (param "r" u32) (param "s" u32)
      (param "t" (list string)) (result u64)
    (canon lift (core func $main "twenty") (memory $memory) (realloc $realloc)))
  (export "thirteen" (func $thirteen_x))
  (export "seventeen" (func $seventeen_x))
  (export "twenty" (func $twenty_x))
)
