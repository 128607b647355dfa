namespace EdgeMirror.Compiler.Support;

/// <summary>Every CS2JS error, numbered once and for all (the number is the enum value: CS2JS0001…).
/// New entries go at the end; never renumber.</summary>
public enum Unsupported
{
    UnsafeCode = 1,
    Pointers = 2,
    StackAlloc = 3,
    FixedStatement = 4,
    Events = 5,
    Finalizers = 6,
    RefLocals = 7,
    UnsupportedBclMember = 8,
    UnsupportedBclType = 9,
    Goto = 10,
    Decimal = 11,
    MulticastDelegate = 12,
    Reflection = 13,
    Threading = 14,
    UnsupportedOperation = 15,
    ExplicitLayout = 16,
    Ranges = 17,
    DynamicInvocation = 18,
    ScriptWriteNotConstant = 19,
    InvalidTemplate = 20,
    AsyncIterator = 21,
    OperatorOnExternal = 22,
    CheckedUnsupported = 23,
    UnsupportedPattern = 24,
    GenericVariance = 25,
    RefStruct = 26,
    GenericStaticState = 27,
    InteropMisuse = 28,
    RegexConstruct = 29,
}
