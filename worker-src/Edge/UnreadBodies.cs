using System.Threading.Tasks;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>A response the mirror answers instead of passing on (a 401 it retries with a token): its body is
/// read to the end so the connection is released, and a body that breaks off is as good as discarded.</summary>
public static class UnreadBodies
{
    public static async Task Discard(Response response)
    {
        try
        {
            await response.Text();
        }
        catch (System.Exception)
        {
            // Discarded either way.
        }
    }
}
