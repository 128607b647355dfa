using System;
using System.Collections.Generic;

class RegistryException : Exception
{
    public string Code { get; }
    public RegistryException(string code, string message) : base(message) => Code = code;
    public RegistryException(string code, string message, Exception inner) : base(message, inner) => Code = code;
    public virtual int HttpStatus => 400;
}

sealed class ManifestUnknownException : RegistryException
{
    public string Reference { get; }
    public ManifestUnknownException(string reference) : base("MANIFEST_UNKNOWN", $"manifest unknown: {reference}") => Reference = reference;
    public override int HttpStatus => 404;
}

sealed class TooManyRequestsException : RegistryException
{
    public TooManyRequestsException(int retryAfter) : base("TOOMANYREQUESTS", "rate limited") => RetryAfter = retryAfter;
    public int RetryAfter { get; }
    public override int HttpStatus => 429;
    public override string Message => base.Message + $" (retry after {RetryAfter}s)";
}

class QuietException : Exception { }

class ValidationException : ArgumentException
{
    public List<string> Errors { get; } = new();
    public ValidationException(params string[] errors) : base("validation failed: " + errors.Length + " error(s)") => Errors.AddRange(errors);
}

class Program
{
    static string ToJson(RegistryException e) =>
        "{\"errors\":[{\"code\":\"" + e.Code + "\",\"message\":\"" + e.Message + "\"}]}";

    static void Main()
    {
        var errors = new RegistryException[]
        {
            new RegistryException("DENIED", "requested access to the resource is denied"),
            new ManifestUnknownException("library/nginx:nope"),
            new TooManyRequestsException(60),
        };
        foreach (var e in errors)
        {
            try
            {
                throw e;
            }
            catch (ManifestUnknownException m)
            {
                Console.WriteLine("manifest " + m.Reference + " " + m.HttpStatus);
            }
            catch (RegistryException r)
            {
                Console.WriteLine(r.GetType().Name + " " + r.HttpStatus + " " + ToJson(r));
            }
        }
        foreach (var e in errors) Console.WriteLine(ToJson(e));
        try
        {
            throw new QuietException();
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine(e.GetType().FullName);
        }
        try
        {
            throw new ValidationException("name empty", "tag too long");
        }
        catch (ArgumentException e) when (e is ValidationException v)
        {
            Console.WriteLine(e.Message + ": " + string.Join(", ", v.Errors));
        }
        var wrapped = new RegistryException("UNKNOWN", "upstream failed", new TimeoutException("upstream timed out"));
        Console.WriteLine(wrapped.InnerException!.Message + " / " + (wrapped.InnerException is TimeoutException));
        Exception asBase = new TooManyRequestsException(5);
        Console.WriteLine(asBase.Message);
        Console.WriteLine(asBase is RegistryException { HttpStatus: 429 });
    }
}
